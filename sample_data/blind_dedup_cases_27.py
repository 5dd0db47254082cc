"""A twenty-seventh set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 109-129 chronology rows from twelve services (twelve
sheets) over twelve to eighteen months, unlike each other: an English Gypsy family moving
between a Traveller site in one local authority, two roadside stopping places and an authorised
site in another (a domestic incident, a strategy discussion and an ICPC in the first area; the
move onto a lay-by, temporary GP registrations, health visitor and social care handovers between
the areas, an s77 direction and an eviction, a transfer-in child protection conference, a baby
born before arrival at the roadside, a plot on the authorised site, a fight on the site with the
father's and his brother's arrests, the father's charge and conviction, a burn, bronchiolitis,
the plans ending; a county-wide Traveller education service throughout); a sixteen-year-old
unaccompanied asylum-seeking boy from Vietnam (found in a lorry trailer, the police referral to
the out-of-hours team, a supported accommodation placement, an age assessment, the Home Office
screening, statement and substantive interview, an immigration solicitor, ESOL at college, two
missing episodes, the second ending in a police warrant at a cannabis grow with his arrest and
an adult's, emergency department attendances on consecutive days, strategy discussions, NRM and
trafficking guardian referrals and decisions, looked-after reviews, refugee status); a
three-year-old in kinship care under a special guardianship order whose grandmother has a stroke
(the special guardianship support team, atrial fibrillation found by the GP, a 999 call attended
by police and ambulance together, the emergency department and the hyper acute stroke unit, an
emergency regulation 24 placement with the maternal aunt, adult social care's referral, triage,
reablement and Care Act assessment, the mother's and her partner's arrests at the aunt's door,
looked-after reviews, a fall, the return to the grandmother's care). Written blind: composed
from the domain brief, the `Event` schema, the shared case kit and the seventh blind set's
module docstring and constants (read for format; none of its families, wordings or places
reused), without reading the duplicate rules, their settings, the linkage model, any result or
any other labelled set's families, and without running the merge on these cases. Kept apart from
tuning: measure on them blind first.

The services write very differently: police logs in capitals with log, occurrence, crime, PPN
and missing-person numbers (and "S47 OAPA" for an assault charge); long social care narrative;
health visiting and children-in-care health "Contact type: ... Outcome: ..." templates (some
with no event type column and no times); GP "S: O: A: P:" notes and letters filed; emergency
department notes in clinical shorthand, one attendance over several rows; ambulance incident
records; a council liaison officer's encampment log; first-person notes with no event type
column (a Traveller education advisory teacher, a school's designated safeguarding lead, an ESOL
tutor, a solicitor's attendance notes, a trafficking guardian, a special guardianship support
worker, a nursery); a Home Office case history; a supported accommodation daily log; an IRO's
review record; a kinship team's carer file; a school, a college and a support team pasting a
conference minute or an IRO's recommendations under their own preface; dates written inside the
text ("Wed 14th", "Saturday night", "yesterday (07/11)"). The same boy is "Bao", "PHAN QUOC
BAO", "Quoc Bao PHAN" and "PHAN, Quoc Bao".

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email, letter or referral was logged by the receiving service on the next day.

How the rows were labelled (the rules of the blind sets, applied throughout):

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
- Decision for this set: a family pulling onto roadside land is a house move. The police log of
  the arrival and the council liaison officer's note of the new encampment written the next
  morning are one occurrence; the liaison officer's welfare visit that same morning is another.
  An eviction attended by the liaison officer (with bailiffs), the police and the Traveller
  education worker is one occurrence (a joint attendance; the liaison officer typed it twice);
  the liaison officer's call to social care about it afterwards is another, and so is the
  family's arrival on the next verge the day after. Serving the s77 direction is another.
- Decision for this set: a worker who goes with the family to the event and records it (the
  Traveller education worker at a GP registration or a child's first day at school, a key
  worker escorting the boy to his health assessment or age assessment session) records that
  event, not a visit of her own. A placement provider's note that the social worker or the
  trafficking guardian visited the boy there records that visit (one occurrence), and a
  nursery's note that the child told them she lives back with her grandmother from today is a
  record of the return home.
- Decision for this set: a baby born before arrival is one occurrence across the ambulance's
  call-out and the maternity record of the birth and admission; the midwife's call to social
  care that morning, the health visitor's birth notification and the maternity discharge are
  each their own.
- Decision for this set: Immigration Enforcement attending the lorry with the police is one
  occurrence (the Home Office "encounter" entry and the police log), like a police and ambulance
  call-out; the police officer's call to the out-of-hours team and the placement that followed
  are each their own. The boy's police interview in custody, recorded by the police and by the
  social worker who sat as appropriate adult, is one occurrence; his arrest that morning, the
  emergency department visit from custody and the police's call to the placement are others.
- Decision for this set: a Home Office or Single Competent Authority decision (reasonable
  grounds, conclusive grounds, the grant of refugee status, the receipt of the local authority's
  age assessment or the statement of evidence) and its receipt by the first responder, solicitor
  or guardian the next day are one occurrence (a letter sent and received; the Home Office's
  receipt of the statement is also dated two days late). The solicitor's phone call to the social
  worker about the grant is another. An NRM referral and a trafficking guardian referral made
  the same day are two occurrences, each with its receiving end.
- Decision for this set: a letter telling the GP of a conference outcome, a health assessment or
  a hospital discharge is its own occurrence (a letter). A placement provider's call to the
  police to report the boy missing and the police missing-person log are one occurrence; his
  return (logged by both) is another; social care's receipt of the police missing notification,
  the return interview and social care's receipt of its report are each their own.
- Decision for this set: the placement start with the aunt is one occurrence across social
  care's record, the kinship team's regulation 24 approval written the next day and the support
  worker's next-day note; the joint viability visit to the aunt by social care and the kinship
  team earlier that day is another. The return home is one occurrence across social care, the
  support team, the kinship team's "placement ended", the nursery and the health visitor's
  records update the next day. A caution given to one parent and a charge of the other on the
  same day are two occurrences, as are their two arrests the night before.
- Look-alikes kept apart: a police domestic incident, the notification the police sent next day
  and the MASH screening decision; a health visitor's visit alone and the joint social
  care/police visit the same day; a social worker's call handing the case over and her email of
  the transfer papers the same afternoon (both received next morning); a health visitor's
  handover call and her second attempt two days later; the Traveller education worker's and the
  health visitor's separate visits on one day; an eviction and the call about it; a transfer-in
  conference and the core group straight after it; a GP's report sent for a conference and the
  conference; two brothers' arrests within ten minutes, the charge next day and the police
  notification the same evening; the emergency department attendance for a burn, the health
  visitor's notice of it and the re-attendance next day; an emergency department attendance and
  the ward admission that night; a ward discharge and the GP's discharge summary; a child's
  first day at school and an attendance meeting written as one row per child; the college's note
  that the boy left at lunchtime and the missing report that night; a warrant at the cannabis
  grow, two arrests, the interview in custody and an emergency department visit from custody on
  one day; emergency department attendances at two hospitals on consecutive days; two strategy
  discussions a week apart; an NRM referral and a guardian referral on one day; a guardian's
  visit and her email about it that evening; the age assessment's two sessions, the minded-to
  meeting and the outcome sent to the Home Office; a 999 call-out, the police call to social
  care, the emergency department attendance and the stroke unit admission on one morning; a
  joint viability visit and the placement start that afternoon; a ward's referral to adult
  social care and the triage decision on it (typed twice); a support worker's visit and her email
  about it; two cousins' GP appointments ten minutes apart; an incident at the aunt's door, the
  two arrests, the carer's call to the out-of-hours team, a charge, a caution and the police
  notification; the kinship team's and the social worker's separate visits on one day; an
  ambulance call-out for a fall without conveyance and the GP's home visit the next day.

Everything is invented: people, workers, schools, a college, nurseries, surgeries, hospitals,
wards, towns, sites, lay-bys, roads, police forces, addresses, postcodes and reference numbers.
Deterministic: one fixed seed per case (it only places the routine entries and picks their
times), no set or hash ordering.

    python sample_data/blind_dedup_cases_27.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC_KESTRY = "Children's Social Care (Kestry)"
CSC_OUSEFIELD = "Children's Social Care (Ousefield)"
HV_KESTRY = "Health Visiting (Kestry 0-19 Service)"
HV_OUSEFIELD = "Health Visiting (Ousefield)"
GP = "GP"
MATERNITY = "Maternity"
AMBULANCE = "Ambulance Service"
HOSPITAL = "Acute Hospital (ED and Paediatrics)"
TES = "Traveller Education Service"
SCHOOL = "School"
GTLO = "Gypsy and Traveller Liaison"
CSC = "Children's Social Care"
HOME_OFFICE = "Home Office (UK Visas and Immigration)"
SOLICITOR = "Immigration Solicitor"
PROVIDER = "Supported Accommodation Provider"
COLLEGE = "College"
CIC_HEALTH = "Children in Care Health Team"
IRO = "Independent Reviewing Officer Service"
ICTG = "Independent Child Trafficking Guardian"
MISSING = "Missing Children Service"
ED = "Emergency Department"
SGST = "Special Guardianship Support Team"
ASC = "Adult Social Care"
STROKE = "Stroke Unit"
NURSERY = "Nursery"
HV = "Health Visiting"
KINSHIP = "Fostering Service (Kinship Team)"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, COLLEGE)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Keddle family, English Gypsies. Prudence "Prue" (b. 19/05/2016) and Henry "Hen"
# (b. 08/11/2019) Keddle live with their mother Sabrina Keddle (b. 1997) and father James
# "Jimmy" Keddle (b. 14/08/1994) on pitch 7, Cobbler's Lane Traveller Site, Kestry KY4 9DL,
# near the maternal grandmother Mercy Heron. After a domestic incident, a strategy discussion
# and an ICPC in Kestry, the family pull off the site onto Mallow Common lay-by, Brackwater, in
# Ousefield; temporary GP registrations at Brackwater Health Centre, health visitor liaison
# between the two areas, an s77 direction and an eviction, a transfer-in conference, a baby
# (Delilah) born before arrival at the Saltings Lane verge, a plot on Ashpit Farm Site, a fight
# on the site (Jimmy's and his brother Noah's arrests, Jimmy's charge and conviction), a burn,
# bronchiolitis, and the plans ending. One police force (Wendmoor Police) covers both areas; the
# Wendmoor Gypsy, Roma and Traveller Education Service works county-wide.
# --------------------------------------------------------------------------------------------


def _keddle() -> BlindCase:
    f = Family(
        "keddle",
        2701,
        {
            "pol": Sheet(
                POLICE,
                "Wendmoor_Police_Keddle.xlsx",
                "Chronology",
                (("2024-01-01", "PSE 40122 Dunmore (PPU)"),),
            ),
            "kcsc": Sheet(
                CSC_KESTRY,
                "Kestry_CSC_chronology_Keddle.xlsx",
                "Case notes",
                (("2024-01-01", "Harriet Gale (Social Worker)"),),
            ),
            "ocsc": Sheet(
                CSC_OUSEFIELD,
                "Ousefield_Childrens_Services_return.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "Dee Alcock (Duty SW)"),
                    ("2024-05-01", "Owen Tallis (Social Worker)"),
                    ("2024-11-01", "Priya Rendall (Social Worker)"),
                ),
            ),
            "khv": Sheet(
                HV_KESTRY,
                "Kestry_0-19_HV_Keddle.xlsx",
                "HV record",
                (("2024-01-01", "Joanne Pilbeam (HV)"),),
            ),
            "ohv": Sheet(
                HV_OUSEFIELD,
                "Ousefield_HV_chronology.xlsx",
                "Sheet1",
                (("2024-01-01", "Claire Hesketh (HV)"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "Brackwater_Health_Centre_Keddle.xlsx",
                "Extract",
                (("2024-01-01", "Dr A. Marchetti"),),
            ),
            "mw": Sheet(
                MATERNITY,
                "ORI_Maternity_Keddle.xlsx",
                "Maternity",
                (("2024-01-01", "Rhian Gullick (Safeguarding Midwife)"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "West_Marches_Ambulance_Keddle.xlsx",
                "Incidents",
                (("2024-01-01", "Crew 4471 (Paramedic)"),),
            ),
            "hosp": Sheet(
                HOSPITAL,
                "Ousefield_Royal_Infirmary_Keddle.xlsx",
                "ED and Paeds",
                (("2024-01-01", "ORI Safeguarding Children Team"),),
            ),
            "tes": Sheet(
                TES,
                "GRT_Education_Service_notes.docx",
                "Table 1",
                (("2024-01-01", "Bernadette Skerry (Advisory Teacher)"),),
                typed=False,
            ),
            "sch": Sheet(
                SCHOOL,
                "Hollins_Moor_Primary_safeguarding_log.xlsx",
                "Log",
                (("2024-01-01", "Mrs L. Tranter (DSL)"),),
                typed=False,
            ),
            "gtlo": Sheet(
                GTLO,
                "Ousefield_GTLO_encampments.xlsx",
                "Case log",
                (("2024-01-01", "Martin Fludd (GTLO)"),),
            ),
        },
    )

    # ---- Kestry: the domestic incident, the notification and the screening --------------------
    f.occ(
        "2024-02-10",
        "domestic-incident",
        R(
            "pol",
            "LOG 1187 10/02/24. DOMESTIC AT COBBLERS LANE TRAVELLER SITE, PITCH 7, KESTRY KY4 "
            "9DL. NEIGHBOUR REPORTS SHOUTING AND GLASS BREAKING. OFFICERS ATT 23:58. MALE JAMES "
            "'JIMMY' KEDDLE (29) HEAVILY INTOX, REAR WINDOW OF TOURER SMASHED. FEMALE SABRINA "
            "KEDDLE (26) SMALL LACERATION L HAND FROM GLASS, DECLINED AMBULANCE. FEMALE 19/40 "
            "PREGNANT. 2 X CHILDREN (7 AND 4) ASLEEP IN 2ND TRAILER WITH MGM. MALE LEFT SITE IN "
            "BROTHERS VAN BEFORE POLICE ARRIVAL. DASH - MEDIUM. NO ALLEGATION OF ASSAULT MADE.",
            "23:40",
            "Domestic incident",
            "PPN to be submitted",
            ref="LOG 1187 10/02/24",
        ),
    )
    f.occ(
        "2024-02-11",
        "ppn-sent-received",
        R(
            "pol",
            "PPN (CHILD CONCERN) RE PRUDENCE AND HENRY KEDDLE SUBMITTED TO KESTRY MASH "
            "FOLLOWING LOG 1187 10/02/24. MOTHER PREGNANT. FATHER ALCOHOL.",
            "14:20",
            "PPN",
            ref="PPN/24/02811",
        ),
        R(
            "kcsc",
            "Contact received: Police Protection Notice PPN/24/02811 from Wendmoor Police "
            "regarding a domestic incident at Cobbler's Lane site (pitch 7) on Saturday night. "
            "Father reported to be intoxicated, window of the caravan broken, mother (pregnant) "
            "cut her hand on the glass. Prue (7) and Henry (4) were asleep in their "
            "grandmother's trailer. Logged and passed to MASH for screening.",
            "09:12",
            "Contact",
            shift="late",
            ref="PPN/24/02811",
        ),
    )
    f.occ(
        "2024-02-13",
        "mash-decision",
        R(
            "kcsc",
            "MASH screening decision. Checks: police (3 domestic call-outs in 12 months, two "
            "no-crime), Kestry 0-19 (Henry's 2-year review done late, speech delay), St Cuthman's "
            "Primary (Prue 71% attendance), GRT Education Service. Mother pregnant, no midwife "
            "booking found. RAG: RED. Threshold met - refer for strategy discussion.",
            "16:30",
            "MASH decision",
            "Strategy discussion to be convened",
        ),
    )
    f.occ(
        "2024-02-14",
        "strategy-discussion",
        R(
            "kcsc",
            "Strategy discussion held on Teams, chaired by TM Ros Addy. Present: Harriet Gale "
            "(SW), DS Kieran Lusk (Wendmoor CAIU), Joanne Pilbeam (HV), Bernadette Skerry (GRT "
            "Education Service), DSL St Cuthman's. Discussed the incident on 10/02, the previous "
            "call-outs and father's drinking. Agreed threshold for s47 enquiries met (neglect / "
            "emotional harm). Joint visit with police tomorrow; mother to be seen alone; "
            "antenatal booking to be chased by HV.",
            "10:30",
            "Strategy discussion",
            "S47 - joint",
        ),
        R(
            "pol",
            "S47 STRATEGY MEETING (MS TEAMS) RE PRUDENCE + HENRY KEDDLE. DS 1740 LUSK ATT FOR "
            "CAIU. DECISION: S47 JOINT ENQUIRY. JOINT VISIT 15/02. NO CRIMINAL INVESTIGATION AT "
            "THIS TIME - NO COMPLAINT FROM VICTIM.",
            "10:30",
            "Strategy meeting",
            ref="LOG 1187 10/02/24",
        ),
        R(
            "khv",
            "Contact type: Multi-agency strategy call (Teams). Outcome: HV shared that mum is "
            "not yet booked with midwifery (approx 19/40), Henry's 2-year review was late and he "
            "has limited speech. S47 agreed. HV to do antenatal contact and liaise with midwife.",
            kind="Safeguarding",
        ),
        R(
            "tes",
            "Wed 14th - I joined the strat by phone from the office. Told them Prue's attendance "
            "at St Cuthman's has dropped since Christmas and that the family have been talking "
            "about going off travelling in the spring. SW and police will visit together.",
        ),
    )
    f.occ(
        "2024-02-15",
        "hv-visit-alone",
        R(
            "khv",
            "Contact type: Home visit (antenatal, unannounced). Outcome: Visited pitch 7 before "
            "the SW's visit. Sabrina approx 19/40, not booked - supported her to self-refer to "
            "Kestry General maternity by phone while I was there. Henry seen: babble, few clear "
            "words; SLT referral discussed. Safe sleep and DA leaflets given.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-02-15",
        "joint-visit",
        R(
            "kcsc",
            "Joint home visit with DC Ash Morrow to pitch 7. Sabrina seen alone in the day room: "
            "said Jimmy 'gets silly with drink' but has never hit her; she cut her hand picking "
            "up the glass. Prue and Henry seen in their grandmother's (Mercy Heron) trailer, both "
            "chatty. Jimmy is staying with his brother Noah on the other side of the site and "
            "agreed to meet me next week. Window boarded.",
            "13:00",
            "S47 visit",
        ),
        R(
            "pol",
            "JOINT VISIT WITH KESTRY CSC (SW GALE) TO COBBLERS LANE PITCH 7. VICTIM SEEN ALONE, NO "
            "DISCLOSURE OF ASSAULT. BOTH CHILDREN SEEN, APPEAR WELL. DC 3310 MORROW.",
            "13:10",
            "Joint visit",
            ref="LOG 1187 10/02/24",
        ),
    )

    # ---- Kestry: the initial conference and the first core group -------------------------------
    f.occ(
        "2024-03-07",
        "icpc",
        R(
            "kcsc",
            "Initial Child Protection Conference chaired by IRO Neville Oduya. Attended: mother, "
            "maternal grandmother (support), father (arrived late), SW, HV, GRT Education "
            "Service, DSL St Cuthman's, DS Lusk. Concerns: alcohol-related conflict between the "
            "parents, Prue's low attendance, Henry's unmet speech needs, late antenatal booking. "
            "Decision: both children subject to Child Protection Plans, category NEGLECT. Parents "
            "asked to tell the SW before the family travels.",
            "13:30",
            "ICPC",
            "CP plans - neglect",
        ),
        R(
            "pol",
            "ICPC ATTENDED BY DS LUSK. PRUDENCE + HENRY KEDDLE SUBJECT TO CP PLAN - NEGLECT. "
            "POLICE ACTION: FLAG COBBLERS LANE PITCH 7 - ANY CALL-OUT TO BE NOTIFIED TO SW.",
            "13:30",
            "Conference",
        ),
        R(
            "khv",
            "Contact type: Initial Case Conference. Outcome: Attended, HV report submitted. "
            "Children on CP plans (neglect). HV actions: antenatal contact, SLT referral for "
            "Henry, 4-weekly visits.",
            kind="Case conference",
        ),
        R(
            "tes",
            "Initial child protection conference at Kestry civic offices. I spoke about Prue's "
            "attendance and offered distance learning packs if the family go travelling. Both "
            "children are now on plans and I am in the core group.",
            shift="swap",
        ),
    )
    f.occ(
        "2024-03-19",
        "core-group-kestry",
        R(
            "kcsc",
            "Core group meeting 1 held in the site community room. Mother and grandmother "
            "attended, father did not. Plan reviewed: Jimmy to be referred to Kestry Alcohol "
            "Service; midwife booking confirmed 28/02; TES to set up a travelling pack for Prue. "
            "Next core group 23/04.",
            "10:00",
            "Core group",
        ),
        R(
            "khv",
            "Contact type: Core group. Outcome: attended at Cobbler's Lane community room. SLT "
            "referral for Henry sent. Mum booked with midwife 28/02, EDD 01/07/24.",
            kind="Core group",
        ),
    )

    # ---- The move to the roadside in Ousefield ---------------------------------------------
    f.occ(
        "2024-04-14",
        "move-mallow-common",
        R(
            "pol",
            "LOG 0944 14/04/24. REPORT FROM MOP OF 3 TOURER CARAVANS AND 2 VANS PULLING ON TO "
            "MALLOW COMMON LAY-BY, BRACKWATER ROAD, BRACKWATER. PATROL ATT. GROUP IS KEDDLE "
            "FAMILY EX COBBLERS LANE KESTRY - JAMES + SABRINA KEDDLE, 2 CHILDREN, NOAH KEDDLE + "
            "PARTNER. NO DAMAGE TO LAND, NO OFFENCES. CP FLAG NOTED.",
            "16:05",
            "Unauthorised encampment",
            ref="LOG 0944 14/04/24",
        ),
        R(
            "gtlo",
            "New unauthorised encampment (Sunday 14/04): 3 tourers + 2 vans on Mallow Common "
            "lay-by, Brackwater. Police attended; family named as Keddle, moved from Cobbler's "
            "Lane, Kestry after a family dispute. Land is highway verge (county). Added to the "
            "encampment register.",
            "08:40",
            "Encampment",
            shift="late",
            ref="UE-24-031",
        ),
    )
    f.occ(
        "2024-04-15",
        "gtlo-welfare",
        R(
            "gtlo",
            "Welfare assessment visit, Mallow Common encampment. Spoke to Sabrina and Noah "
            "Keddle. Sabrina about 28 weeks pregnant; two children (Prue 7, Henry 4) not in "
            "school. No water or toilet - water bowser offered. Family say 'a few weeks'. Ashpit "
            "Farm waiting list form given. Advised that the council will consider a s77 "
            "direction.",
            "11:00",
            "Welfare assessment",
            ref="UE-24-031",
        ),
    )
    f.occ(
        "2024-04-16",
        "kestry-calls-ousefield",
        R(
            "kcsc",
            "Telephone call to Ousefield MASH (duty SW Dee Alcock): advised that the Keddle "
            "family are now on Mallow Common lay-by in Brackwater and both children are on CP "
            "plans (neglect) in Kestry. Requested a transfer-in conference. Ousefield agreed to "
            "make an early visit.",
            "14:10",
            "Telephone call",
        ),
        R(
            "ocsc",
            "Phone call taken yesterday afternoon by duty from Harriet Gale, Kestry CSC: Keddle "
            "family (Prue 7, Henry 4, mother pregnant) moved onto the roadside at Mallow Common "
            "lay-by on Sunday. Children on CP plans in Kestry - transfer-in requested. Opened to "
            "Assessment Team.",
            "09:05",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-16",
        "transfer-papers-emailed",
        R(
            "kcsc",
            "Transfer-in paperwork sent by secure email to Ousefield MASH: ICPC minutes 07/03, "
            "CP plan, C&F assessment, core group notes 19/03 and chronology.",
            "16:45",
            "Email",
        ),
        R(
            "ocsc",
            "Secure email received from Kestry CSC with ICPC minutes, CP plan, assessment and "
            "chronology. Saved to file; transfer-in conference request passed to Conference Unit.",
            "09:20",
            "Documents received",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-18",
        "gp-temporary-registration",
        R(
            "gp",
            "Temporary resident registration (GMS3) - Sabrina Keddle + Prudence and Henry. "
            "Address: Mallow Common lay-by, NFA. Usual GP Minster Fields Surgery, Kestry. "
            "Accompanied by TES. ~29/40, booked at Kestry General - advised to transfer "
            "antenatal care to ORI.",
            "10:20",
            "Registration",
        ),
        R(
            "tes",
            "Went with Sabrina and the kids to Brackwater Health Centre this morning to register "
            "them as temporary residents. Reception asked for proof of address - I explained they "
            "don't need one. All three registered.",
        ),
    )
    f.occ(
        "2024-04-23",
        "hv-handover-call",
        R(
            "khv",
            "Contact type: Telephone liaison - transfer out. Outcome: spoke to Ousefield HV "
            "(Claire Hesketh). Verbal handover: CP plans (neglect), mum 29/40 EDD 01/07, Henry's "
            "SLT referral outstanding. Records to follow by SystmOne transfer.",
            "10:15",
            "Liaison",
        ),
        R(
            "ohv",
            "Contact type: Telephone (incoming) from Kestry 0-19 HV Joanne Pilbeam. Outcome: "
            "handover taken - Keddle family on roadside at Mallow Common lay-by, Prue and Henry on "
            "CP plans, mum 29/40 not yet booked at ORI. Allocated to self.",
        ),
    )
    f.occ(
        "2024-04-25",
        "hv-second-attempt",
        R(
            "khv",
            "Contact type: Telephone - 2nd attempt to reach Ousefield named HV about the SLT "
            "referral. Outcome: no answer, voicemail left. Records transfer request sent.",
            "15:40",
            "Liaison",
        ),
    )
    f.occ(
        "2024-04-26",
        "tes-visit-alone",
        R(
            "tes",
            "On my own to Mallow Common this morning (Fri). Prue not in school anywhere since "
            "they left Kestry - Sabrina happy for me to apply to Hollins Moor Primary. Left a "
            "reading pack for Prue and crayons for Henry.",
        ),
    )
    f.occ(
        "2024-04-26",
        "ohv-first-visit",
        R(
            "ohv",
            "Contact type: Home visit (roadside caravan, Mallow Common). Outcome: first contact. "
            "Sabrina 30/40, not booked at ORI - midwife referral made by phone from the visit. "
            "Prue not on a school roll. Henry seen, few words. Water from bowser. Safe sleeping "
            "space for baby discussed.",
        ),
    )
    f.occ(
        "2024-05-02",
        "s77-direction",
        R(
            "gtlo",
            "Direction to leave land under s77 CJPOA 1994 served on the occupants of Mallow "
            "Common encampment, to leave by 07/05/24. Copy handed to Jimmy Keddle. Welfare needs "
            "(pregnancy, children on CP plans) recorded on the decision sheet.",
            "11:15",
            "s77 direction",
            ref="UE-24-031",
        ),
    )
    f.occ(
        "2024-05-09",
        "eviction",
        R(
            "gtlo",
            "Mallow Common encampment: s78 removal order (Ousefield Magistrates, 08/05) enforced "
            "with bailiffs, police present. Keddle family left peacefully by 10:15 heading "
            "towards Saltings. Lay-by cleared and blocked with boulders.",
            "09:00",
            "Eviction",
            ref="UE-24-031",
        ),
        R(
            "gtlo",
            "Mallow Common encampment s78 order enforced (bailiffs + police). Keddles left "
            "peacefully 10:15, direction Saltings. Lay-by cleared, boulders placed.",
            "09:00",
            "Eviction",
            ref="UE-24-031",
        ),
        R(
            "pol",
            "LOG 0391 09/05/24. POLICE PRESENCE AT ENFORCEMENT OF S78 ORDER, MALLOW COMMON "
            "LAY-BY. 3 CARAVANS LEFT WITHOUT INCIDENT AT 10:15. KEDDLE FAMILY - CP FLAG. "
            "CHILDREN SEEN IN VAN, SAFE. NO ARRESTS.",
            "08:45",
            "Eviction",
            ref="LOG 0391 09/05/24",
        ),
        R(
            "tes",
            "Eviction at Mallow Common - I was there from 9. Prue crying, Henry asleep in the "
            "van. They went off about quarter past ten and I don't know where to.",
        ),
    )
    f.occ(
        "2024-05-09",
        "gtlo-rings-csc",
        R(
            "gtlo",
            "Rang Ousefield CSC duty to advise the Keddle family were moved on from Mallow "
            "Common this morning; destination not known. Gave vehicle regs.",
            "12:30",
            "Telephone",
        ),
        R(
            "ocsc",
            "Telephone call from Martin Fludd (GTLO): family evicted from Mallow Common this "
            "morning, whereabouts unknown. SW to ask police to look out for the caravans.",
            "12:35",
            "Contact",
        ),
    )
    f.occ(
        "2024-05-10",
        "saltings-lane",
        R(
            "pol",
            "LOG 1122 10/05/24. 3 TOURERS ON VERGE, SALTINGS LANE, BRACKWATER. CHECKED - KEDDLE "
            "FAMILY (CP FLAG). HIGHWAYS TO BE INFORMED AS LANDOWNER.",
            "19:45",
            "Unauthorised encampment",
            ref="LOG 1122 10/05/24",
        ),
    )

    # ---- Ousefield: the transfer-in conference and a school place ---------------------------
    f.occ(
        "2024-05-16",
        "gp-report-sent",
        R(
            "gp",
            "Letter: report for transfer-in child protection conference sent to Ousefield "
            "Conference Unit (unable to attend). Temporary residents only; two consultations "
            "since 18/04.",
            "15:10",
            "Letter sent",
        ),
    )
    f.occ(
        "2024-05-21",
        "transfer-in-conference",
        R(
            "ocsc",
            "Transfer-In Child Protection Conference (chair Gwen Iredale, IRO). Present: "
            "Sabrina, Jimmy, SW Owen Tallis, Kestry SW Harriet Gale, HV Claire Hesketh, GRT "
            "Education Service, PC Lowe. Family now on Saltings Lane verge. Decision: Prue and "
            "Henry remain subject to CP plans, category neglect, plan transferred to Ousefield. "
            "Pre-birth assessment to be completed. School place for Prue to be found.",
            "10:00",
            "Transfer-in CP conference",
        ),
        R(
            "kcsc",
            "Attended the transfer-in conference in Ousefield. Plans accepted by Ousefield; case "
            "closed to Kestry today following transfer.",
            "10:00",
            "Conference",
        ),
        R(
            "pol",
            "TRANSFER IN CP CONFERENCE OUSEFIELD - PC 662 LOWE ATT. CP PLANS CONTINUE (NEGLECT). "
            "FLAG MOVED TO SALTINGS LANE VERGE.",
            "10:00",
            "Conference",
        ),
        R(
            "ohv",
            "Contact type: Transfer-in ICPC. Outcome: attended; report tabled. CP plans continue. "
            "HV to complete antenatal contact and liaise with ORI midwife; Henry SLT re-referral "
            "in Ousefield.",
        ),
        R(
            "tes",
            "Transfer in conference at Ousefield County Hall - plans carried over. I am to get "
            "Prue a place at Hollins Moor.",
            shift="month",
        ),
    )
    f.occ(
        "2024-05-21",
        "core-group-after-ticpc",
        R(
            "ocsc",
            "Core group 1 (Ousefield) held straight after the conference: visiting pattern "
            "agreed, written agreement that the family will tell the SW of any move. Next core "
            "group 09/07 at Hollins Moor Primary.",
            "11:45",
            "Core group",
        ),
        R(
            "ohv",
            "Contact type: Core group (following conference). Outcome: HV to visit 4-weekly and "
            "do the new birth visit; midwife to be invited to the next one.",
        ),
    )
    f.occ(
        "2024-06-03",
        "prue-starts-school",
        R(
            "sch",
            "Prue Keddle started with us today in Year 3 (Mrs Ince's class). Mum brought her "
            "with Bernadette from the Traveller Education Service. CP plan - file received from "
            "St Cuthman's. I have added her to our safeguarding register and set up a catch-up "
            "reading group.",
        ),
        R(
            "tes",
            "Prue's first day at Hollins Moor. I took her in with Sabrina - she held my hand all "
            "the way to the classroom door.",
        ),
        R(
            "ocsc",
            "Prue started at Hollins Moor Primary (Year 3) on 03/06. CP plan and core group list "
            "updated.",
            "11:00",
            "Education",
            shift="late",
        ),
    )

    # ---- A birth on the move --------------------------------------------------------------
    f.occ(
        "2024-06-21",
        "birth-bba",
        R(
            "amb",
            "INC 2406210147. 999 - female in labour in tourer caravan, Saltings Lane verge, "
            "Brackwater. On scene 06:04: baby girl born before arrival 05:58, cord intact, good "
            "cry. 3rd stage on scene. Mother and baby conveyed to ORI Larkspur (maternity). "
            "Partner and 2 children stayed on site with relatives.",
            "05:52",
            "Emergency call",
            ref="INC 2406210147",
        ),
        R(
            "mw",
            "Born before arrival (BBA) on the Saltings Lane verge at 05:58, brought in by West "
            "Marches Ambulance; admitted Larkspur Ward 06:48. Female infant (Delilah) 3.02 kg, "
            "38+4. Late booker (30/40). Siblings on CP plans - Ousefield CSC to be told.",
            "06:48",
            "Birth",
        ),
    )
    f.occ(
        "2024-06-21",
        "midwife-rings-csc",
        R(
            "mw",
            "Safeguarding midwife phoned Ousefield CSC duty to tell them of the BBA and "
            "admission. SW to visit the ward before discharge.",
            "10:20",
            "Safeguarding call",
        ),
        R(
            "ocsc",
            "Call from ORI safeguarding midwife: Sabrina gave birth to a baby girl at the "
            "roadside early this morning; mother and baby on Larkspur Ward. Pre-birth assessment "
            "not finished. No discharge before SW visit.",
            "10:25",
            "Contact",
        ),
    )
    f.occ(
        "2024-06-23",
        "maternity-discharge",
        R(
            "mw",
            "Discharged home to caravan (Saltings Lane verge) with Delilah. Breastfeeding well. "
            "Community midwife visit 24/06. SW saw family on ward 22/06 and agreed discharge.",
            "14:00",
            "Discharge",
        ),
    )
    f.occ(
        "2024-06-24",
        "hv-birth-notification",
        R(
            "ohv",
            "Contact type: Birth notification received (ORI). Outcome: Delilah Keddle born "
            "21/06/24 BBA, 3.02 kg; discharged 23/06 to Saltings Lane verge. NBV to be arranged "
            "with TES who knows where they are pulled on.",
        ),
    )
    f.occ(
        "2024-06-27",
        "new-birth-joint-visit",
        R(
            "ohv",
            "Contact type: New birth visit (joint with TES). Outcome: Delilah 6 days, feeding "
            "well, weight 2.95 kg. Sleeps in a Moses basket on the tourer bed - safe sleep "
            "discussed. Jimmy present. Mood screen mum: low but coping.",
        ),
        R(
            "tes",
            "Met the HV at the Saltings Lane verge and went in with her to see the new baby - "
            "Delilah, tiny and lovely. Prue has been in school every day this week.",
        ),
    )
    f.occ(
        "2024-07-02",
        "gp-tr-baby",
        R(
            "gp",
            "Temporary resident registration added for baby Delilah Keddle (born 21/06/24), "
            "Saltings Lane verge. 6-8 week check to book.",
            "09:40",
            "Registration",
        ),
    )
    f.occ(
        "2024-07-09",
        "core-group-school",
        R(
            "ocsc",
            "Core group 2 at Hollins Moor Primary. Prue's attendance since 03/06 is 94%. Family "
            "hoping for a plot at Ashpit Farm - GTLO says one may be free this month. Jimmy has "
            "started with Ousefield Recovery Service. Delilah thriving.",
            "13:30",
            "Core group",
        ),
        R(
            "sch",
            "Core group at school this afternoon (Prue). I reported 94% attendance since she "
            "started and that she is settling, though still well behind with phonics.",
        ),
    )
    f.occ(
        "2024-07-15",
        "move-ashpit-farm",
        R(
            "gtlo",
            "Plot 12, Ashpit Farm Site, Brackwater OU8 3NJ allocated to Jimmy and Sabrina "
            "Keddle. Licence agreement signed, amenity block keys handed over. Family pulled "
            "their tourers onto the plot today. Housing benefit form completed.",
            "10:30",
            "Site licence",
            ref="AF/P12",
        ),
        R(
            "ocsc",
            "Family have moved onto Ashpit Farm authorised site, plot 12 (licence from 15/07). "
            "Address updated.",
            "16:10",
            "Change of address",
            shift="late",
        ),
        R(
            "tes",
            "Keddles moved onto Ashpit Farm today - plot 12. Sabrina so relieved: a proper "
            "amenity shed and a toilet at last.",
        ),
    )
    f.occ(
        "2024-07-18",
        "gp-permanent-registration",
        R(
            "gp",
            "New patient registration (permanent): Sabrina, Prudence, Henry and Delilah Keddle "
            "- Plot 12 Ashpit Farm Site, Brackwater OU8 3NJ. Records requested from Minster Fields "
            "Surgery (GP2GP). Delilah's 8-week check and imms to book.",
            "11:50",
            "Registration",
        ),
        R(
            "ohv",
            "Contact type: Records update. Outcome: family now permanently registered with "
            "Brackwater Health Centre from 18/07; address Ashpit Farm plot 12.",
            shift="late",
        ),
    )

    # ---- School year, the fight on the site, the arrests and the charge ---------------------
    f.occ(
        "2024-09-04",
        "henry-starts-reception",
        R(
            "sch",
            "Henry started in Reception (Robins) today, mornings only for the first week. "
            "Speech: very few words - SENCo to observe.",
        ),
    )
    f.occ(
        "2024-09-17",
        "attendance-meeting",
        R(
            "sch",
            "Attendance meeting with mum and Bernadette (TES) about Prue - 3 days missed since "
            "term started (family away at a horse fair). Agreed how to tell us when travelling; "
            "distance learning pack.",
        ),
        R(
            "sch",
            "Attendance meeting with mum and TES (Henry) - 2 sessions missed; Reception not "
            "statutory age yet but discussed.",
        ),
        R(
            "tes",
            "Attendance meeting at Hollins Moor with Sabrina and Mrs Tranter about both "
            "children. Fair trips can be authorised (T code) if I'm told in advance.",
        ),
    )
    f.occ(
        "2024-10-05",
        "fight-on-site",
        R(
            "pol",
            "LOG 1689 05/10/24. DISTURBANCE ASHPIT FARM SITE, BRACKWATER - FIGHT BETWEEN MALES "
            "NEAR PLOT 12. 3 PATROLS ATT. VICTIM MALE (PLOT 4) HEAD INJURY, TAKEN TO ORI BY "
            "AMBULANCE. SUSPECTS JAMES KEDDLE + NOAH KEDDLE. CHILDREN OF PLOT 12 IN TRAILER WITH "
            "MOTHER, DISTRESSED.",
            "21:15",
            "Assault / disorder",
            ref="WM/24/041877",
        ),
        R(
            "gtlo",
            "Incident on site Saturday night: fight near plot 12 involving Jimmy and Noah "
            "Keddle and the plot 4 tenant; police attended and plot 4 tenant hurt. Licence "
            "breach warning to be considered.",
            "09:30",
            "Site incident",
            shift="+2",
            ref="AF/P12",
        ),
    )
    f.occ(
        "2024-10-05",
        "arrest-jimmy",
        R(
            "pol",
            "JAMES KEDDLE (14/08/1994) ARRESTED 21:40 AT ASHPIT FARM ON SUSPICION OF ABH. "
            "CONVEYED TO OUSEFIELD CUSTODY.",
            "21:40",
            "Arrest",
            ref="WM/24/041877",
        ),
    )
    f.occ(
        "2024-10-05",
        "arrest-noah",
        R(
            "pol",
            "NOAH KEDDLE (02/03/1991) ARRESTED 21:50 AT ASHPIT FARM ON SUSPICION OF AFFRAY. "
            "CONVEYED TO OUSEFIELD CUSTODY.",
            "21:50",
            "Arrest",
            ref="WM/24/041877",
        ),
    )
    f.occ(
        "2024-10-06",
        "charge-jimmy",
        R(
            "pol",
            "JAMES KEDDLE CHARGED - ABH (S47 OAPA 1861). BAILED TO OUSEFIELD MAGS 05/11/24. "
            "CONDITIONS: NOT TO ENTER ASHPIT FARM SITE, TO RESIDE 3 PIKE ROW KESTRY.",
            "16:30",
            "Charge",
            ref="WM/24/041877",
        ),
    )
    f.occ(
        "2024-10-06",
        "ppn-ousefield",
        R(
            "pol",
            "CHILD CONCERN NOTIFICATION (PPN) TO OUSEFIELD MASH - CHILDREN PRESENT AT DISTURBANCE "
            "05/10, FATHER (CP PLAN) CHARGED, BAIL EXCLUDES HIM FROM SITE.",
            "17:10",
            "PPN",
            ref="PPN/24/11930",
        ),
        R(
            "ocsc",
            "Police notification received (PPN/24/11930): fight on Ashpit Farm on Saturday night; "
            "Jimmy arrested and charged with ABH, bailed not to go to the site and to live at his "
            "mother's in Kestry. Children were in the trailer with Sabrina. SW to visit today.",
            "09:00",
            "Contact",
            shift="late",
        ),
    )

    # ---- Reviews, a burn, bronchiolitis, the court result and the plans ending --------------
    f.occ(
        "2024-10-22",
        "rcpc-1",
        R(
            "ocsc",
            "Review Child Protection Conference (chair Gwen Iredale). Prue, Henry and Delilah "
            "(added today) all subject to CP plans, category neglect. Jimmy on bail away from "
            "the site, joined on Teams. Attendance much better, Henry's SLT started; concern "
            "about the fight and the children's exposure to violence. Next review in 4 months.",
            "10:00",
            "RCPC",
        ),
        R(
            "pol",
            "RCPC - PC 662 LOWE. UPDATE GIVEN ON WM/24/041877 (JAMES KEDDLE CHARGED, ON BAIL). "
            "ALL 3 CHILDREN ON CP PLANS.",
            "10:00",
            "Conference",
        ),
        R(
            "ohv",
            "Contact type: Review case conference. Outcome: attended. Delilah added to plan. "
            "Weight on 25th centile. Henry has had 3 SLT sessions.",
        ),
        R(
            "sch",
            "I attended the review conference for Prue this morning - attendance 96% this "
            "term. She stays on a plan.",
        ),
        R(
            "sch",
            "Review conference (Henry) - I shared that he is now using two-word phrases in class.",
        ),
        R(
            "tes",
            "RCPC 22/10 - all three on plans now, the baby added. I said how well the two "
            "older ones are doing in school.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-05",
        "gp-letter-rcpc",
        R(
            "gp",
            "Letter received: RCPC 22/10/24 outcome - all three children remain subject to CP "
            "plans (neglect). Filed; alert codes added to each child's record.",
            "12:05",
            "Letter filed",
        ),
    )
    f.occ(
        "2024-11-14",
        "ed-burn",
        R(
            "hosp",
            "ED triage: Henry Keddle 5y. Burn R palm/fingers from wood burner in trailer approx "
            "16:45 - mum says he touched the stove door. Pain 6/10. Cat 3. CP plan alert on "
            "system.",
            "17:20",
            "ED triage",
        ),
        R(
            "hosp",
            "Dr r/v (ST3): superficial partial thickness burn R palm ~1% TBSA, blistered. Hx "
            "consistent w/ mechanism + development. Mum appropriate. Dressed (Mepitel + gauze). "
            "SG: CP plan noted - ED safeguarding form done.",
            "18:40",
            "ED review",
        ),
        R(
            "hosp",
            "D/C home with mum. Dressing check in minors tomorrow. Analgesia advice. Liaison "
            "notification to 0-19 team sent.",
            "19:35",
            "ED discharge",
        ),
    )
    f.occ(
        "2024-11-15",
        "hv-ed-notice",
        R(
            "ohv",
            "Contact type: ED attendance notification (ORI). Outcome: Henry attended ED 14/11 "
            "with burn to R palm from wood burner, history consistent. HV to discuss a stove "
            "guard at next visit.",
        ),
    )
    f.occ(
        "2024-11-15",
        "ed-reattend",
        R(
            "hosp",
            "Re-attendance (minors) for dressing check R palm burn. Clean, healing. Redressed; "
            "practice nurse f/u in 3 days.",
            "10:40",
            "ED attendance",
        ),
    )
    f.occ(
        "2024-12-11",
        "ed-bronchiolitis",
        R(
            "hosp",
            "ED triage: Delilah Keddle 5/12. 2/7 coryzal, feeding half usual, increased WOB "
            "tonight. RR 62, sats 91% air. Cat 2.",
            "20:10",
            "ED triage",
        ),
        R(
            "hosp",
            "Paeds reg in ED: bronchiolitis, sats 90-92% in air, needs O2. Refer to ward. CP "
            "plan noted, mum with her.",
            "21:05",
            "ED review",
        ),
    )
    f.occ(
        "2024-12-11",
        "ward-admission",
        R(
            "hosp",
            "Puffin Ward admission from ED: Delilah Keddle, bronchiolitis. Nasal cannula O2 0.5 "
            "L/min, NG feeds. Mum resident.",
            "23:30",
            "Ward admission",
        ),
    )
    f.occ(
        "2024-12-17",
        "gp-discharge-summary",
        R(
            "gp",
            "Discharge summary received (ORI Puffin Ward): Delilah, bronchiolitis, admitted "
            "11/12, discharged 14/12. No GP action. Filed.",
            "08:55",
            "Letter filed",
        ),
    )
    f.occ(
        "2025-01-08",
        "court-result",
        R(
            "pol",
            "RESULT WM/24/041877: JAMES KEDDLE - OUSEFIELD MAGISTRATES - GUILTY PLEA ABH. 12 "
            "MONTH COMMUNITY ORDER, 100 HRS UPW, ALCOHOL TREATMENT REQUIREMENT 6 MONTHS, "
            "COMPENSATION GBP 250. BAIL CONDITIONS LAPSE.",
            "15:20",
            "Court result",
            ref="WM/24/041877",
        ),
        R(
            "ocsc",
            "Jimmy sentenced at Ousefield Magistrates' today for the ABH on 05/10: 12-month "
            "community order with alcohol treatment requirement. Bail conditions end and he "
            "plans to return to plot 12. SW to see both parents and update the safety plan.",
            "16:40",
            "Court outcome",
        ),
    )
    f.occ(
        "2025-01-14",
        "core-group-jan",
        R(
            "ocsc",
            "CGM at Hollins Moor: Jimmy back on plot 12 since 09/01, first ATR appointment kept. "
            "No incidents. Delilah's imms up to date.",
            "14:00",
            "Core group",
        ),
        R(
            "sch",
            "Core group meeting - all 3 children. Attendance Prue 97%, Henry 91%. Dad came.",
        ),
        R(
            "sch",
            "Core group meeting - all 3 children. Attendance Prue 97% Henry 91%. Dad came too.",
        ),
    )
    f.occ(
        "2025-02-04",
        "rcpc-2",
        R(
            "ocsc",
            "Review Child Protection Conference 2: CP plans for Prue, Henry and Delilah ended; "
            "children to be supported under a Child in Need plan. Jimmy engaging with the alcohol "
            "treatment requirement; no incidents since October. Sabrina asked for the TES worker "
            "to stay involved.",
            "10:00",
            "RCPC",
        ),
        R(
            "pol",
            "REVIEW CP CONF - PC 1904 HALE ATT (PC LOWE ABSENT). PLANS DISCONTINUED, STEP DOWN "
            "TO CIN. REMOVE CP FLAG ASHPIT FARM PLOT 12.",
            "10:00",
            "Conference",
        ),
        R(
            "ohv",
            "Contact type: RCPC. Outcome: CP plans ended - step down to CIN. HV Universal Plus.",
        ),
        R(
            "sch",
            "Minutes of the review conference of 04/02/25, pasted as received from Ousefield "
            "Conference Unit: 'Decision - the children are no longer to be subject to child "
            "protection plans. A Child in Need plan will be put in place, led by Ousefield "
            "Children's Services.' DSL: safeguarding register updated.",
            shift="+1",
        ),
        R("tes", "Review conference - off plans and onto CIN. Sabrina cried (happy tears)."),
    )
    f.occ(
        "2025-03-11",
        "cin-meeting",
        R(
            "ocsc",
            "CIN meeting 1 at Hollins Moor Primary. Plan reviewed: Delilah's imms up to date, "
            "Jimmy attending ATR. Next CIN review 06/05/25.",
            "15:45",
            "CIN meeting",
        ),
        R(
            "ohv",
            "Contact type: Child in Need meeting. Outcome: attended; HV to offer Delilah's "
            "1-year review in June.",
            shift="swap",
        ),
        R("sch", "CIN meeting after school (Prue & Henry) - good reports from both teachers."),
    )

    # ---- Routine entries ------------------------------------------------------------------
    f.fill(
        "kcsc",
        "2024-02-19",
        "2024-04-10",
        [
            ("CP visit", "Statutory CP visit to pitch 7. Both children seen. Caravan warm."),
            ("CP visit", "CP visit: Jimmy seen with Sabrina; says drinking 'weekends only'."),
            ("Supervision", "Case supervision with TM: C&F assessment due 11/04."),
        ],
    )
    f.fill(
        "ocsc",
        "2024-07-22",
        "2025-03-28",
        [
            ("CP visit", "CP visit to plot 12, Ashpit Farm: all three children seen."),
            ("CP visit", "CP visit: Delilah seen awake; Prue showed me her reading book."),
            ("Supervision", "Supervision: plan progressing; consider step-down at next RCPC."),
            ("Letter", "Letter to parents confirming core group dates and venue."),
        ],
    )
    f.fill(
        "ocsc",
        "2024-11-25",
        "2025-01-31",
        [("CP visit", "CP visit: trailer tidy, stove guard now fitted.")],
    )
    f.fill(
        "ohv",
        "2024-08-05",
        "2024-08-23",
        [("", "Contact type: Home visit. Outcome: 6-8 week review of mother and baby.")],
        timed=False,
    )
    f.fill(
        "ohv",
        "2024-09-02",
        "2025-03-28",
        [
            ("", "Contact type: Clinic (Brackwater). Outcome: Delilah weighed, 50th centile."),
        ],
        timed=False,
    )
    f.fill(
        "ohv",
        "2024-09-02",
        "2025-01-31",
        [("", "Contact type: Home visit. Outcome: 4-weekly CP visit, no concerns noted.")],
        timed=False,
    )
    f.fill(
        "gp",
        "2024-04-22",
        "2024-06-14",
        [("Consultation", "S: Henry cough 5/7. O: chest clear, T 37.6. A: URTI. P: advice.")],
    )
    f.fill(
        "gp",
        "2024-08-19",
        "2024-09-13",
        [("Immunisation", "Delilah 8-week imms given (practice nurse).")],
    )
    f.fill(
        "gp",
        "2024-09-16",
        "2025-03-28",
        [
            (
                "Consultation",
                "S: Sabrina low mood. O: PHQ-9 11. A: mild depression. P: talking therapies.",
            ),
        ],
    )
    f.fill(
        "sch",
        "2024-06-05",
        "2024-07-19",
        [("", "Prue late again (9:20) - dad said the van wouldn't start.")],
        timed=False,
    )
    f.fill(
        "sch",
        "2024-09-09",
        "2025-03-28",
        [
            ("", "Prue came in hungry; breakfast club place offered and taken."),
            ("", "Henry wet himself in class, spare clothes given, mum told at pick-up."),
        ],
        timed=False,
    )
    f.fill(
        "tes",
        "2024-09-09",
        "2025-03-28",
        [
            ("", "Visit to Ashpit Farm - dropped off a winter coat for Henry from the swap shop."),
            ("", "Rang Sabrina - Prue off with a cold; I let school know."),
        ],
        timed=False,
    )
    f.fill(
        "mw",
        "2024-05-13",
        "2024-06-14",
        [
            ("Antenatal", "ORI antenatal clinic: BP 118/72, SFH on centile, FM+. Bloods taken."),
            (
                "Antenatal",
                "Community midwife roadside visit, Saltings Lane: well, birth plan talked through.",
            ),
        ],
    )
    f.fill(
        "gtlo",
        "2024-07-22",
        "2025-03-28",
        [
            ("Site inspection", "Quarterly plot inspection Ashpit Farm - plot 12 satisfactory."),
            ("Rent", "Plot 12 licence fee arrears GBP 86; repayment agreed with Sabrina."),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: Phan Quoc Bao (claimed b. 14/02/2008), a sixteen-year-old Vietnamese boy found in a
# lorry trailer at Stenbury Gap services, Pellingford, with two adult men. Accommodated under
# s20 and placed at Larchfield House, 22 Quarry Hill Road, Pellingford PF3 7AW (Northgate
# Supported Living). An age assessment (age accepted), the asylum claim (screening, statement of
# evidence, substantive interview, refugee status), a solicitor (Ashcombe Reid Solicitors), ESOL
# at Pellingford and Stenbury College, two missing episodes, the second ending in a police
# warrant at a cannabis grow at 41 Kiln Street, Ormbridge (his arrest and an adult's), emergency
# department attendances on consecutive days, strategy discussions, NRM and trafficking guardian
# referrals, reasonable and conclusive grounds decisions, and looked-after reviews.
# --------------------------------------------------------------------------------------------


def _phan() -> BlindCase:
    f = Family(
        "phan",
        2702,
        {
            "pol": Sheet(
                POLICE,
                "Pellingford_Constabulary_PHAN.xlsx",
                "Police chronology",
                (("2024-01-01", "DS 1906 Maitland (Exploitation Hub)"),),
            ),
            "csc": Sheet(
                CSC,
                "Pellingford_CSC_UASC_Team_chronology.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "Graham Pettifer (EDT)"),
                    ("2024-09-23", "Nadia Sorensen (SW, UASC Team)"),
                ),
            ),
            "ho": Sheet(
                HOME_OFFICE,
                "UKVI_case_history_P7730419.xlsx",
                "Case history",
                (("2024-01-01", "Asylum Casework - Children's Unit"),),
            ),
            "sol": Sheet(
                SOLICITOR,
                "Ashcombe_Reid_file_note_extract.docx",
                "Table 1",
                (("2024-01-01", "Ruth Emmerson (Solicitor)"),),
                typed=False,
            ),
            "prov": Sheet(
                PROVIDER,
                "Larchfield_House_daily_log_Bao.xlsx",
                "Log",
                (("2024-01-01", "Kofi Brannigan (Key Worker)"),),
            ),
            "col": Sheet(
                COLLEGE,
                "Pellingford_Stenbury_College_safeguarding.xlsx",
                "Notes",
                (
                    ("2024-01-01", "Farrah Quayle (ESOL Tutor)"),
                    ("2025-02-01", "D. Oyelaran (DSL)"),
                ),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "Quarry_Hill_Medical_Practice_extract.xlsx",
                "Journal",
                (("2024-01-01", "Dr H. Penrose"),),
            ),
            "cic": Sheet(
                CIC_HEALTH,
                "CiC_Health_Team_Pellingford.xlsx",
                "Contacts",
                (("2024-01-01", "Tessa Marlow (CiC Nurse)"),),
            ),
            "iro": Sheet(
                IRO,
                "IRO_Service_reviews.xlsx",
                "Reviews",
                (("2024-01-01", "Lorraine Cattermole (IRO)"),),
            ),
            "ictg": Sheet(
                ICTG,
                "ICTG_case_notes_BP.docx",
                "Table 1",
                (("2024-01-01", "Sam Whitlock (ICTG)"),),
                typed=False,
            ),
            "rhi": Sheet(
                MISSING,
                "Waypoint_Missing_Service.xlsx",
                "RHIs",
                (("2024-01-01", "Jade Fenwick (RHI Worker)"),),
            ),
            "ed": Sheet(
                ED,
                "Pellingford_Ormbridge_Hospitals_ED.xlsx",
                "ED attendances",
                (("2024-01-01", "ED Safeguarding Liaison"),),
            ),
        },
    )

    # ---- Arrival: the lorry, the call to the out-of-hours team, the placement -----------------
    f.occ(
        "2024-09-21",
        "found-in-lorry",
        R(
            "pol",
            "LOG 0217 21/09/24. STENBURY GAP SERVICES, A-ROAD NORTHBOUND. HGV DRIVER REPORTS "
            "KNOCKING FROM INSIDE SEALED TRAILER. OFFICERS + IMMIGRATION ENFORCEMENT ATT. 3 "
            "MALES FOUND IN TRAILER, COLD, DEHYDRATED, NO INJURIES. 2 ADULTS DETAINED BY IE. 3RD "
            "MALE GIVES NAME PHAN QUOC BAO, STATES 16 YRS (DOB 14/02/2008), VIETNAMESE, NO "
            "DOCUMENTS. TREATED AS CHILD. AMBULANCE NOT REQUIRED.",
            "03:50",
            "Clandestine entry",
            ref="LOG 0217 21/09/24",
        ),
        R(
            "ho",
            "Encounter (Immigration Enforcement with police): clandestine entrant detected in HGV "
            "trailer at Stenbury Gap services, Pellingford. Subject states name PHAN Quoc Bao, DOB "
            "14/02/2008, Vietnam. Claims to be a minor - no documents. Biometrics taken. Referred "
            "to Pellingford County Council as an unaccompanied child.",
            "04:40",
            "Encounter",
            ref="P7730419",
        ),
    )
    f.occ(
        "2024-09-21",
        "police-call-edt",
        R(
            "pol",
            "CALL TO PELLINGFORD EDT 05:15 RE UASC PHAN QUOC BAO (16) FROM LOG 0217. EDT TO "
            "ARRANGE PLACEMENT. OFFICER TO CONVEY. POSSIBLE TRAFFICKING INDICATORS - ADULTS IN "
            "TRAILER NOT RELATED TO HIM.",
            "05:15",
            "Referral to CSC",
            ref="LOG 0217 21/09/24",
        ),
        R(
            "csc",
            "EDT: telephone referral from PC 3381 Varley, Pellingford Constabulary. "
            "Unaccompanied male, says he is Bao, 16, from Vietnam, found in a lorry at Stenbury "
            "Gap with two unrelated adults. No family in the UK known. Accepted as a child in "
            "need of accommodation; searching for an emergency bed.",
            "05:20",
            "Referral",
        ),
    )
    f.occ(
        "2024-09-21",
        "placement-start",
        R(
            "csc",
            "EDT: Bao accommodated under s20 (no person with parental responsibility in the UK). "
            "Placed at Larchfield House, Northgate Supported Living, 22 Quarry Hill Road, PF3 "
            "7AW. Brought by police; placement agreement signed. Interpreter by phone.",
            "07:30",
            "Placement start",
        ),
        R(
            "prov",
            "New admission: Quoc Bao PHAN (16) arrived 07:40 with police and EDT. Very tired, "
            "little English. Given food, clothes, toiletries and a room on the 1st floor. House "
            "rules explained through a phone interpreter.",
            "07:40",
            "Admission",
        ),
    )
    f.occ(
        "2024-09-23",
        "sw-first-visit",
        R(
            "csc",
            "Allocated SW visit to Larchfield House with a Vietnamese interpreter (LinguaBridge). "
            "Bao says he left Nghe An province in 2023, travelled through Russia and Europe, "
            "owed 'a lot' to the men who brought him. Says his mother is in Vietnam, father "
            "dead. Bao asked if he can go to school. Trafficking indicators noted.",
            "11:00",
            "Visit",
        ),
        R(
            "prov",
            "SW Nadia visited Bao with an interpreter this morning, about an hour. Bao quiet "
            "afterwards, stayed in his room.",
            "12:30",
            "Professional visit",
        ),
    )
    f.occ(
        "2024-09-25",
        "gp-registration",
        R(
            "gp",
            "New patient registration: PHAN, Quoc Bao. DOB 14/02/2008 (claimed). Address "
            "Larchfield House, 22 Quarry Hill Road. Looked after child (Pellingford). Needs "
            "Vietnamese interpreter. Imms history unknown - catch-up schedule to plan.",
            "14:00",
            "Registration",
        ),
        R(
            "prov",
            "Took Bao to Quarry Hill Medical Practice to register with the GP. Forms done at "
            "reception.",
            "14:15",
            "Health",
        ),
    )
    f.occ(
        "2024-09-26",
        "referral-to-solicitor",
        R(
            "csc",
            "Referral emailed to Ashcombe Reid Solicitors (immigration, legal aid) for Bao to "
            "claim asylum; screening appointment 01/10 given to them.",
            "15:30",
            "Email",
        ),
        R(
            "sol",
            "Email referral from Pellingford CSC (Nadia Sorensen) received yesterday: "
            "Vietnamese UASC, 16, Larchfield House. Screening 1 Oct. Legal aid - file opened, "
            "matter AR/IMM/24/3318.",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-01",
        "screening-interview",
        R(
            "ho",
            "Asylum claim registered. Screening interview (Vietnamese interpreter) with "
            "responsible adult (social worker) present. Age disputed by the screening officer "
            "on appearance - treated as a child pending a local authority age assessment. ARC "
            "issued. CID 18845210.",
            "10:00",
            "Screening",
            ref="P7730419",
        ),
        R(
            "csc",
            "Went with Bao to his asylum screening interview at the Home Office reporting centre "
            "in Stallworth. Officer doubts his age; the HO has asked the LA to do an age "
            "assessment. Bao upset in the car afterwards: 'they think I lie'.",
            "10:00",
            "Home Office",
        ),
    )
    f.occ(
        "2024-10-03",
        "sol-first-attendance",
        R(
            "sol",
            "Attendance: Bao at the office with key worker and interpreter (1 hr 40). Explained "
            "asylum process, my role, confidentiality, the age assessment. He is frightened "
            "about money owed to the 'uncle' who arranged travel. Advised not to discuss his "
            "claim with anyone at the house.",
        ),
    )
    f.occ(
        "2024-10-08",
        "age-assessment-1",
        R(
            "csc",
            "Age assessment session 1 of 2 (two assessing SWs, interpreter, appropriate adult "
            "from Pellingford Refugee Link). Family, schooling and journey explored. Bao "
            "consistent about his birthday (Tet Nguyen Dan, February) and school years.",
            "10:00",
            "Age assessment",
        ),
        R(
            "prov",
            "Bao out 09:30-13:00 with SW for his age assessment interview. Came back hungry and "
            "went to sleep.",
            "13:10",
            "Key session",
        ),
    )
    f.occ(
        "2024-10-10",
        "age-assessment-2",
        R(
            "csc",
            "Age assessment session 2 of 2 at the civic centre. Same assessors, interpreter and "
            "appropriate adult. Physical presentation, observations from Larchfield staff and "
            "the college interview considered. Bao tired but engaged.",
            "10:00",
            "Age assessment",
        ),
    )
    f.occ(
        "2024-10-15",
        "iha",
        R(
            "cic",
            "Contact type: Initial Health Assessment (CiC doctor, Riverside Clinic) with "
            "interpreter. Outcome: weight 49 kg (low), dental caries, scabies treated, sleep "
            "poor with nightmares. Imms catch-up to GP; dental referral; emotional health "
            "referral to the refugee wellbeing service.",
            "09:30",
            "IHA",
        ),
        R(
            "prov",
            "Escorted Bao to his health assessment at Riverside Clinic.",
            "11:20",
            "Health",
        ),
    )
    f.occ(
        "2024-10-17",
        "cla-review-1",
        R(
            "iro",
            "First looked after review (20 working days). Held at Larchfield House with "
            "interpreter. Present: Bao, SW, key worker. Placement meeting his needs; asylum "
            "claim and age assessment under way; education to start. Recommendations: ESOL "
            "place by November, dental appointment, care plan to address trafficking risk.",
            "14:00",
            "CLA review",
        ),
        R(
            "csc",
            "CLA review 1 chaired by IRO Lorraine Cattermole at Larchfield. Care plan endorsed; "
            "Bao asked for football and a bike.",
            "14:00",
            "LAC review",
        ),
        R(
            "prov",
            "Bao's review meeting here this afternoon with IRO, SW and me. He asked for a bike.",
            "16:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-22",
        "minded-to-meeting",
        R(
            "csc",
            "Age assessment 'minded to' meeting with Bao, interpreter, appropriate adult and his "
            "solicitor. Assessors' provisional view: claimed age accepted, DOB 14/02/2008. Bao "
            "given the chance to respond; nothing further raised.",
            "10:30",
            "Age assessment",
        ),
        R(
            "sol",
            "Attended age assessment minded-to meeting at the civic centre (1 hr 15). Assessors "
            "minded to accept his claimed age and DOB. Explained to Bao what this means.",
        ),
    )
    f.occ(
        "2024-10-23",
        "esol-assessment",
        R(
            "col",
            "Bao came in with his key worker for his ESOL initial assessment. Reading and "
            "writing Entry 1, speaking a bit higher. Offered a place on ESOL 16-18 Entry 2 from "
            "4 November.",
        ),
    )
    f.occ(
        "2024-10-24",
        "age-outcome-to-ho",
        R(
            "csc",
            "Age assessment outcome (age accepted, DOB 14/02/2008) sent to Home Office "
            "age-dispute mailbox by email, with the signed assessment.",
            "16:05",
            "Email",
        ),
        R(
            "ho",
            "LA age assessment received from Pellingford CC: claimed age accepted, DOB "
            "14/02/2008. Age dispute resolved; record updated to minor.",
            "09:30",
            "Age assessment",
            shift="late",
            ref="P7730419",
        ),
    )
    f.occ(
        "2024-10-29",
        "gp-iha-letter",
        R(
            "gp",
            "Letter filed: IHA report (CiC Health) 15/10/24 - low weight, dental caries, scabies "
            "treated, sleep disturbance. Action: imms catch-up schedule with practice nurse.",
            "10:10",
            "Letter filed",
        ),
    )
    f.occ(
        "2024-11-04",
        "college-start",
        R(
            "col",
            "Bao started ESOL 16-18 Entry 2 today (Mon, Tues, Thurs). Lanyard and bursary form "
            "done. Very polite, sat at the front.",
        ),
        R(
            "prov",
            "First day at college for Bao. Took him on the bus to show him the route.",
            "08:15",
            "Education",
        ),
        R(
            "csc",
            "Bao started at Pellingford and Stenbury College (ESOL Entry 2) on 04/11. PEP to "
            "be arranged with the Virtual School.",
            "10:20",
            "Education",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-12",
        "sef-instructions",
        R(
            "sol",
            "Attendance: full instructions for the statement of evidence (2 hrs 30, "
            "interpreter). Account of debt bondage in Vietnam and forced work in a nail bar in "
            "Germany on the way. Will prepare witness statement.",
        ),
    )
    f.occ(
        "2024-11-26",
        "sef-submitted",
        R(
            "sol",
            "SEF, witness statement and supporting documents submitted to the Home Office by "
            "secure email.",
        ),
        R(
            "ho",
            "Statement of Evidence Form (UASC) and witness statement received from legal rep "
            "Ashcombe Reid.",
            "11:00",
            "Correspondence",
            shift="+2",
            ref="P7730419",
        ),
    )

    # ---- First missing episode --------------------------------------------------------------
    f.occ(
        "2025-01-10",
        "missing-1-report",
        R(
            "prov",
            "Incident: Bao not back for 22:00 curfew. Phone off. Not in his usual places. "
            "Reported missing to police 23:05 (101).",
            "23:05",
            "Missing",
        ),
        R(
            "prov",
            "INCIDENT - Bao not back by 22:00 curfew, phone off, not in usual places. Reported "
            "missing to police at 23:05 via 101.",
            "23:05",
            "Missing",
        ),
        R(
            "pol",
            "MISPER REPORT 23:10 FROM LARCHFIELD HOUSE. PHAN QUOC BAO (16) LAC/UASC. NOT "
            "RETURNED BY CURFEW. RISK MEDIUM - TRAFFICKING FLAG. CIRCULATED.",
            "23:10",
            "Missing person",
            ref="MPR/25/00412",
        ),
    )
    f.occ(
        "2025-01-11",
        "missing-1-return",
        R(
            "prov",
            "Bao walked back in at 14:30. Says he stayed with a Vietnamese friend from college "
            "in Ormbridge. New trainers. Police informed of return.",
            "14:30",
            "Return from missing",
        ),
        R(
            "pol",
            "MPR/25/00412 - MISPER RETURNED TO PLACEMENT 14:30 OF OWN ACCORD. SAFE AND WELL CHECK "
            "BY PC 3472 AT LARCHFIELD. STATES WITH FRIEND IN ORMBRIDGE. CLOSED.",
            "14:30",
            "Missing person",
            ref="MPR/25/00412",
        ),
    )
    f.occ(
        "2025-01-13",
        "csc-missing-notification",
        R(
            "csc",
            "Police missing notification received (MPR/25/00412): Bao missing from 22:00 on "
            "10/01, returned 14:30 on 11/01. RHI requested from Waypoint.",
            "09:40",
            "Missing notification",
        ),
    )
    f.occ(
        "2025-01-14",
        "rhi",
        R(
            "rhi",
            "Return home interview at college (interpreter by phone). Bao says he went to "
            "Ormbridge to see 'a friend of my uncle' who gave him trainers and a phone top-up. "
            "Would not give an address. Worried about 'the money'. Risk indicators for "
            "exploitation shared with SW.",
            "12:30",
            "RHI",
        ),
    )
    f.occ(
        "2025-01-16",
        "rhi-report-received",
        R(
            "csc",
            "RHI report received from Waypoint (interview 14/01): possible contact with "
            "traffickers in Ormbridge. Discussed with TM - exploitation screening tool to be "
            "completed.",
            "15:15",
            "RHI report",
        ),
    )
    f.occ(
        "2025-01-21",
        "cla-review-2",
        R(
            "iro",
            "Second CLA review at Larchfield House (interpreter present). Missing episode 10-11/01 "
            "noted. Progress at college good. Recommendations: exploitation risk assessment, "
            "safety plan with placement, consider NRM if further indicators.",
            "15:30",
            "CLA review",
        ),
        R(
            "csc",
            "Looked After Review 2 held at placement. IRO concerned about the missing episode "
            "and the 'uncle's friend' in Ormbridge. Safety plan agreed.",
            "15:30",
            "LAC review",
        ),
        R(
            "prov",
            "Review meeting for Bao with the IRO and SW - I went through the curfew record. "
            "Safety plan to be drafted.",
            "17:00",
            "Meeting",
        ),
        R(
            "col",
            "I went to Bao's LAC review at his placement after class and gave my report: "
            "attendance 96%, moving up to Entry 3 reading.",
        ),
    )

    # ---- Second missing episode, the warrant, the arrests and the strategy discussions -------
    f.occ(
        "2025-02-27",
        "left-college",
        R(
            "col",
            "Bao left at lunchtime and didn't come back for the afternoon class. A man in a "
            "silver car was seen waiting near the gate earlier. Rang his key worker at 13:40.",
        ),
    )
    f.occ(
        "2025-02-27",
        "missing-2-report",
        R(
            "prov",
            "Incident: Bao not returned (curfew 22:00). Last seen at college lunchtime. Reported "
            "missing to police 22:15 by phone (999 advised because of trafficking risk).",
            "22:15",
            "Missing",
        ),
        R(
            "pol",
            "MISPER REPORT 22:15 - PHAN QUOC BAO (17) LAC/UASC FROM LARCHFIELD HOUSE. LAST SEEN "
            "COLLEGE 12:30 POSS GETTING INTO SILVER CAR. RISK HIGH (TRAFFICKING/CCE). 2ND "
            "EPISODE.",
            "22:15",
            "Missing person",
            ref="MPR/25/01177",
        ),
    )
    f.occ(
        "2025-02-28",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (Teams) re Bao missing since 27/02, high risk. Present: TM, SW, "
            "DS Maitland (Exploitation Hub), key worker, college DSL. Agreed: s47 enquiry "
            "(trafficking / criminal exploitation), police to pursue phone and car lines of "
            "enquiry, placement to keep his room.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "S47 STRATEGY MEETING ATT BY DS 1906 MAITLAND. MISPER MPR/25/01177 HIGH RISK. "
            "ACTIONS: CELL SITE REQUEST, ANPR ON SILVER TOYOTA, LIAISE ORMBRIDGE NPT.",
            "11:00",
            "Strategy meeting",
            ref="MPR/25/01177",
        ),
        R(
            "col",
            "Strat meeting by Teams this morning about Bao being missing - I told them about the "
            "silver car at the gate and the two new phones he had last week.",
        ),
        R(
            "prov",
            "Multi-agency strategy call about Bao (still missing). I gave the curfew log and "
            "said he had new clothes after the last episode.",
            "11:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-04",
        "warrant-cannabis-grow",
        R(
            "pol",
            "LOG 0088 04/03/25. DRUGS WARRANT EXECUTED 06:00 AT 41 KILN STREET, ORMBRIDGE OR2 "
            "6TX. CANNABIS FACTORY - APPROX 200 PLANTS, BYPASSED ELECTRICS, WINDOWS BOARDED, "
            "MATTRESSES IN LOFT. 2 MALES INSIDE: ADULT MALE AND MISPER PHAN QUOC BAO "
            "(MPR/25/01177). BAO HAS BURNS TO L HAND.",
            "06:00",
            "Warrant",
            ref="CR/25/007731",
        ),
    )
    f.occ(
        "2025-03-04",
        "arrest-bao",
        R(
            "pol",
            "PHAN QUOC BAO (14/02/2008) ARRESTED 06:20 AT 41 KILN ST ON SUSPICION OF PRODUCTION "
            "OF CANNABIS. POSSIBLE VICTIM OF TRAFFICKING - S45 MSA CONSIDERED. TO ORMBRIDGE "
            "CUSTODY VIA ED (HAND).",
            "06:20",
            "Arrest",
            ref="CR/25/007731",
        ),
    )
    f.occ(
        "2025-03-04",
        "arrest-adult",
        R(
            "pol",
            "TRIEU VAN KHOA (34) ARRESTED 06:25 AT 41 KILN ST ON SUSPICION OF PRODUCTION OF "
            "CANNABIS AND MODERN SLAVERY OFFENCES. TO ORMBRIDGE CUSTODY.",
            "06:25",
            "Arrest",
            ref="CR/25/007731",
        ),
    )
    f.occ(
        "2025-03-04",
        "police-ring-placement",
        R(
            "prov",
            "Police rang 08:15: Bao found at a house in Ormbridge during a drugs raid, under "
            "arrest, being checked at hospital for a burnt hand. SW informed.",
            "08:15",
            "Update",
        ),
    )
    f.occ(
        "2025-03-04",
        "ed-ormbridge",
        R(
            "ed",
            "Ormbridge ED. Triage: 17M in police custody. Burns L hand palm + fingers, says "
            "from a hot lamp 2/7 ago. Pain 5/10. Cat 3. Interpreter via phone.",
            "07:10",
            "Triage",
        ),
        R(
            "ed",
            "Ormbridge ED Dr review: partial thickness burns L palm ~1%, some infection. Hx "
            "(grow lamps) consistent. Dressed, fluclox 7/7. SG: ?trafficking - police aware, "
            "safeguarding referral done. D/C back to custody 08:50.",
            "08:30",
            "Discharge",
        ),
    )
    f.occ(
        "2025-03-04",
        "custody-interview",
        R(
            "pol",
            "PHAN QUOC BAO INTERVIEWED 14:10 WITH APPROPRIATE ADULT (SW SORENSEN), DUTY "
            "SOLICITOR AND INTERPRETER. NO COMMENT, PREPARED STATEMENT: FORCED TO WORK TO PAY "
            "DEBT. RELEASED UNDER INVESTIGATION 17:45 INTO CARE OF SW.",
            "14:10",
            "Interview",
            ref="CR/25/007731",
        ),
        R(
            "csc",
            "Attended Ormbridge custody as appropriate adult for Bao's interview (with duty "
            "solicitor and interpreter). Prepared statement says he was made to water plants and "
            "could not leave. Released under investigation 17:45; I drove him back to "
            "Larchfield.",
            "14:10",
            "Custody",
        ),
    )
    f.occ(
        "2025-03-05",
        "charge-adult",
        R(
            "pol",
            "TRIEU VAN KHOA CHARGED - PRODUCTION OF CANNABIS (S4 MDA) AND ARRANGING TRAVEL WITH "
            "A VIEW TO EXPLOITATION (S2 MSA 2015). REMANDED TO ORMBRIDGE MAGS 06/03.",
            "11:30",
            "Charge",
            ref="CR/25/007731",
        ),
    )
    f.occ(
        "2025-03-05",
        "strategy-2",
        R(
            "csc",
            "Strategy meeting (trafficking / CCE) following Bao's recovery from 41 Kiln Street. "
            "Chair TM Ifeoma Grant. Present: SW, DS Maitland, Ruth Emmerson (solicitor), college "
            "DSL, key worker. Decisions: s47 continues; NRM referral today or tomorrow; ICTG "
            "referral; Bao to have a phone-free period agreed with him; placement to move only "
            "if risk rises.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRATEGY MEETING (MODERN SLAVERY/CCE) ATT DS MAITLAND. OFFENDER TRIEU CHARGED THIS "
            "AM. VICTIM BAO - NRM BY LA AS FIRST RESPONDER. S45 DEFENCE TO BE PUT TO CPS.",
            "14:00",
            "Strategy meeting",
            ref="CR/25/007731",
        ),
        R(
            "sol",
            "Joined the strategy meeting by phone (45 mins) at the LA's invitation. Raised the "
            "s45 defence and asked that the NRM referral go in quickly. Will add trafficking to "
            "the asylum grounds.",
        ),
        R(
            "prov",
            "Strat meeting about Bao - I joined for the placement. NRM to be done by SW.",
            "14:00",
            "Meeting",
            shift="-1",
        ),
    )
    f.occ(
        "2025-03-05",
        "ed-pellingford",
        R(
            "ed",
            "Pellingford ED. Triage: 17M, LAC, chest tightness + palpitations since 03:00, "
            "shaking. Burn L hand dressed yesterday at Ormbridge. Obs normal. Cat 4.",
            "04:20",
            "Triage",
        ),
        R(
            "ed",
            "Seen ENP: ECG normal. Likely panic attack after arrest yesterday. Dressing "
            "checked. D/C back to placement with key worker 06:00. SG: LAC - CiC health team "
            "notified.",
            "05:45",
            "Discharge",
        ),
    )
    f.occ(
        "2025-03-06",
        "nrm-referral",
        R(
            "csc",
            "NRM referral submitted online (first responder Pellingford CC) for Bao - child, "
            "indicators of labour exploitation and criminal exploitation in cannabis "
            "cultivation, debt bondage.",
            "12:00",
            "NRM referral",
            ref="NRM-25-118406",
        ),
        R(
            "ho",
            "Single Competent Authority: NRM referral received (child, Pellingford CC as first "
            "responder). Exploitation type: labour / criminal. Case allocated for reasonable "
            "grounds decision.",
            "09:00",
            "NRM",
            shift="late",
            ref="NRM-25-118406",
        ),
    )
    f.occ(
        "2025-03-06",
        "ictg-referral",
        R(
            "csc",
            "ICTG referral form sent to the Independent Child Trafficking Guardianship service "
            "for Bao.",
            "15:20",
            "Referral",
        ),
        R(
            "ictg",
            "New referral received from Pellingford CSC (sent yesterday afternoon): Bao, 17, "
            "Vietnamese, recovered from a cannabis grow on 04/03. Allocated to me.",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-06",
        "cic-ed-notice",
        R(
            "cic",
            "Contact type: ED attendance notification x2 (Ormbridge ED 04/03 burns; Pellingford "
            "ED 05/03 panic). Outcome: CiC nurse to see Bao; dressing plan to GP practice nurse.",
            "10:00",
            "Notification",
        ),
    )
    f.occ(
        "2025-03-11",
        "ictg-first-visit",
        R(
            "ictg",
            "Tues 11th - first visit to Bao at Larchfield with an interpreter. Explained my role "
            "(I am on his side, not police or Home Office). He showed me his hand. Says the men "
            "know where he lives. We agreed a code word for his key worker.",
        ),
        R(
            "prov",
            "Sam from the trafficking guardian service visited Bao this afternoon.",
            "16:30",
            "Professional visit",
        ),
    )
    f.occ(
        "2025-03-11",
        "ictg-email",
        R(
            "ictg",
            "Emailed Nadia (SW) a summary of today's visit: Bao fears the men know the address; "
            "asked for a placement risk review and for his phone contacts to be looked at with "
            "him, not taken away.",
        ),
        R(
            "csc",
            "Email from ICTG Sam Whitlock after visiting Bao today: fear that the traffickers "
            "know Larchfield's address; requests a placement risk review.",
            "18:20",
            "Email",
        ),
    )
    f.occ(
        "2025-03-12",
        "rg-decision",
        R(
            "ho",
            "SCA: positive Reasonable Grounds decision (NRM-25-118406). Letter sent to first "
            "responder.",
            "14:00",
            "RG decision",
            ref="NRM-25-118406",
        ),
        R(
            "csc",
            "Letter from the Single Competent Authority: positive reasonable grounds decision "
            "for Bao. Shared with Bao (interpreter), solicitor and ICTG.",
            "10:30",
            "NRM",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-18",
        "cla-review-3",
        R(
            "iro",
            "Early CLA review (brought forward after second missing episode and recovery from "
            "cannabis grow). Present: Bao, SW, key worker, ICTG, college DSL; solicitor sent a "
            "report. Positive RG decision. Placement to continue with enhanced safety plan, "
            "24-hour staffing for 4 weeks.",
            "10:00",
            "CLA review",
        ),
        R(
            "csc",
            "LAC review (early) chaired by L. Cattermole. Placement stability agreed; safety "
            "plan enhanced. Bao said he wants to stay at Larchfield and keep going to college.",
            "10:00",
            "LAC review",
        ),
        R(
            "prov",
            "Bao's review in the lounge - IRO, SW, Sam (ICTG), college. 24hr staffing agreed "
            "for 4 weeks.",
            "12:00",
            "Meeting",
        ),
        R(
            "ictg",
            "Bao's looked after review this morning - I spoke for him on the placement (he "
            "wants to stay).",
        ),
        R(
            "col",
            "IRO recommendations from yesterday's looked after review, pasted as emailed by the "
            "IRO service: '1. Placement to continue with 24-hour staffing for four weeks. 2. "
            "College to share any sightings of the silver car with police.' DSL: noted.",
            shift="+1",
        ),
    )

    # ---- The asylum claim decided -----------------------------------------------------------
    f.occ(
        "2025-05-14",
        "cps-nfa",
        R(
            "pol",
            "CR/25/007731 - CPS ADVICE: NO FURTHER ACTION AGAINST PHAN QUOC BAO, S45 MSA DEFENCE "
            "ACCEPTED (POSITIVE RG). RUI ENDED.",
            "16:00",
            "CPS decision",
            ref="CR/25/007731",
        ),
    )
    f.occ(
        "2025-05-15",
        "oic-calls-sw",
        R(
            "csc",
            "Call from DC Lund (OIC): CPS will take no action against Bao. Told Bao with "
            "interpreter - he cried and asked if he can stay in England now.",
            "09:30",
            "Telephone",
        ),
    )
    f.occ(
        "2025-06-05",
        "interview-prep",
        R(
            "sol",
            "Attendance: prep for substantive interview (1 hr 50, interpreter). Went through his "
            "statement and what to expect; ICTG present.",
        ),
    )
    f.occ(
        "2025-06-10",
        "substantive-interview",
        R(
            "ho",
            "Substantive asylum interview (child) conducted, Vietnamese interpreter. Responsible "
            "adult SW and legal representative present; ICTG observed. 3 hrs 10 with breaks.",
            "10:00",
            "Interview",
            ref="P7730419",
        ),
        R(
            "sol",
            "Attended Bao's substantive asylum interview at Stallworth (4 hrs inc. travel). "
            "Interviewer fair; Bao managed well, upset when asked about Germany.",
        ),
        R(
            "csc",
            "Asylum interview at Stallworth - attended as responsible adult with Bao, his "
            "solicitor and ICTG.",
            "10:00",
            "Home Office",
        ),
        R(
            "ictg",
            "Big day - Bao's asylum interview at Stallworth. I sat in as a support. He was so "
            "brave.",
            shift="swap",
        ),
    )
    f.occ(
        "2025-08-19",
        "refugee-status",
        R(
            "ho",
            "Decision: asylum claim granted - refugee status, 5 years' leave to remain. Decision "
            "letter and BRP instructions sent to legal representative.",
            "11:00",
            "Decision",
            ref="P7730419",
        ),
        R(
            "sol",
            "Grant letter received from Home Office yesterday: refugee status, 5 years. BRP to "
            "follow.",
            shift="late",
        ),
    )
    f.occ(
        "2025-08-20",
        "sol-calls-sw",
        R(
            "sol",
            "Rang Nadia Sorensen (SW) to tell her of the grant (10 mins) and agreed to tell Bao "
            "together tomorrow.",
        ),
        R(
            "csc",
            "Call from solicitor Ruth Emmerson: Bao granted refugee status (5 years). We will "
            "tell him together tomorrow at Larchfield.",
            "12:10",
            "Telephone",
        ),
    )
    f.occ(
        "2025-09-08",
        "college-year-2",
        R(
            "col",
            "Bao re-enrolled: ESOL Entry 3 plus Functional Skills maths Entry 3. Bursary renewed.",
        ),
    )
    f.occ(
        "2025-09-16",
        "cla-review-4",
        R(
            "iro",
            "CLA review. Refugee status granted 19/08. Pathway planning (18 in Feb 2026), "
            "placement stable, no missing episodes since March. Recommendations: BRP and NI "
            "number, bank account, staying close options.",
            "14:30",
            "CLA review",
        ),
        R(
            "csc",
            "LAC review - positive. Pathway plan to be updated for leaving care.",
            "14:30",
            "LAC review",
        ),
        R(
            "prov",
            "Bao's review at Larchfield. Talked about moving on at 18.",
            "16:30",
            "Meeting",
        ),
        R("ictg", "Bao's review - all going well. I'll step back once the CG decision comes."),
    )
    f.occ(
        "2025-09-23",
        "cg-decision",
        R(
            "ho",
            "SCA: positive Conclusive Grounds decision (NRM-25-118406). Letters to first "
            "responder and ICTG.",
            "15:00",
            "CG decision",
            ref="NRM-25-118406",
        ),
        R(
            "ictg",
            "Conclusive grounds - POSITIVE (letter dated yesterday). Told Bao at college.",
            shift="late",
        ),
    )

    # ---- Routine entries ------------------------------------------------------------------
    f.fill(
        "prov",
        "2024-09-30",
        "2025-09-30",
        [
            ("Key session", "Key work session: budgeting - weekly allowance and bus pass."),
            ("Key session", "Key work: cooking night, Bao made pho for the house."),
            ("Daily log", "Bao in by curfew, quiet evening, played football in the yard."),
            ("Key session", "Key work: how to use the GP app and order repeat prescriptions."),
            ("Daily log", "Bao out 16:00-21:30 at the youth club five-a-side; back on time."),
            ("Key session", "Key work: online safety - who he talks to on TikTok and Zalo."),
            (
                "Daily log",
                "Room check: tidy. Bao asked about his mother; upset, staff sat with him.",
            ),
        ],
    )
    f.fill(
        "csc",
        "2024-11-05",
        "2025-09-30",
        [
            ("Statutory visit", "Statutory visit at Larchfield, Bao seen alone with interpreter."),
            ("Statutory visit", "CLA visit: Bao seen; pathway needs assessment started."),
            ("Statutory visit", "Visit: Bao showed me his college work; wants to be a mechanic."),
            ("PEP", "PEP meeting with college and Virtual School: ESOL targets set."),
        ],
    )
    f.fill(
        "csc",
        "2025-04-01",
        "2025-08-15",
        [("Supervision", "Supervision: age assessment closed; NRM and asylum claim tracked.")],
    )
    f.fill(
        "col",
        "2024-11-06",
        "2025-07-18",
        [
            ("", "Bao 20 mins late - said the bus didn't come. Caught up well."),
            ("", "Bao helped a new student from Eritrea find his classroom."),
            ("", "Bao absent today - unwell, key worker rang in at 9."),
        ],
        timed=False,
    )
    f.fill(
        "gp",
        "2024-11-01",
        "2025-09-30",
        [
            ("Immunisation", "Catch-up imms: Td/IPV, MenACWY, MMR 1 (practice nurse)."),
            (
                "Consultation",
                "S: headaches, poor sleep. O: BP normal. A: tension headache. P: "
                "sleep hygiene, review.",
            ),
        ],
    )
    f.fill(
        "sol",
        "2024-12-02",
        "2025-05-30",
        [
            ("", "Letter to client (translated): update on his claim, no decision yet."),
            ("", "Chased Home Office for interview date - no reply."),
        ],
        timed=False,
    )
    f.fill(
        "cic",
        "2025-04-01",
        "2025-09-30",
        [("Review health assessment", "Contact type: RHA (nurse). Outcome: weight up 5 kg.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: Lottie Carbery (b. 09/03/2021) lives with her maternal grandmother and special
# guardian Pauline Carbery (b. 22/07/1961) at 14 Orchard Rise, Wexcombe WX2 5HB (special
# guardianship order 2023). Her mother Kayleigh Carbery (b. 1998) uses drugs and has supervised
# contact; Kayleigh's partner is Dean Ruddock (b. 1993). Pauline is found to have atrial
# fibrillation, then has a stroke at home with Lottie (a neighbour calls 999, police and
# ambulance attend); the emergency department, the hyper acute stroke unit (Fern Ward), an
# emergency placement under regulation 24 with the maternal aunt Gemma Hollis and her husband
# Craig (son Alfie, b. 2020) at 7 Mill Leat Close, Wexcombe WX4 1RD; Adult Social Care (a
# referral, its triage, reablement, a Care Act assessment); looked-after reviews; Kayleigh's and
# Dean's arrests at the aunt's door; a fall; and Lottie's return to her grandmother's care.
# --------------------------------------------------------------------------------------------


def _carbery() -> BlindCase:
    f = Family(
        "carbery",
        2703,
        {
            "sgst": Sheet(
                SGST,
                "SGO_Support_Team_Carbery.docx",
                "Table 1",
                (("2024-01-01", "Hannah Crewe (SGO Support Worker)"),),
                typed=False,
            ),
            "csc": Sheet(
                CSC,
                "Tamsford_CSC_chronology_Lottie.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "Anil Maskell (Duty SW)"),
                    ("2024-11-08", "Becky Lomax (SW, Children in Care)"),
                ),
            ),
            "asc": Sheet(
                ASC,
                "Tamsford_ASC_Pauline_Carbery.xlsx",
                "Case history",
                (
                    ("2024-01-01", "Marcus Tolley (Hospital Discharge Team)"),
                    ("2025-01-01", "Aled Pryce (Community Social Worker)"),
                ),
            ),
            "gp": Sheet(
                GP,
                "Harrowgate_Lane_Surgery_Carbery.xlsx",
                "Consultations",
                (("2024-01-01", "Dr R. Quilliam"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Tamsford_Weald_Ambulance_Carbery.xlsx",
                "Incidents",
                (("2024-01-01", "Paramedic crew (T&W Ambulance)"),),
            ),
            "ed": Sheet(
                ED,
                "Tamsford_General_ED_Carbery.xlsx",
                "ED",
                (("2024-01-01", "TGH ED"),),
            ),
            "ward": Sheet(
                STROKE,
                "Tamsford_General_Fern_Ward.xlsx",
                "Ward notes",
                (("2024-01-01", "Fern Ward (HASU) nursing and MDT"),),
            ),
            "nur": Sheet(
                NURSERY,
                "Little_Acorns_Nursery_log.xlsx",
                "Safeguarding log",
                (("2024-01-01", "Debbie Lark (Manager / DSL)"),),
                typed=False,
            ),
            "hv": Sheet(
                HV,
                "Wexcombe_HV_Lottie_Carbery.xlsx",
                "Contacts",
                (("2024-01-01", "Laura Kendrick (HV)"),),
                typed=False,
            ),
            "iro": Sheet(
                IRO,
                "Tamsford_IRO_Service_Lottie.xlsx",
                "Reviews",
                (("2024-01-01", "Desmond Harte (IRO)"),),
            ),
            "fost": Sheet(
                KINSHIP,
                "Kinship_Team_Hollis_carers.xlsx",
                "Carer file",
                (("2024-01-01", "Yvonne Petrie (Supervising SW)"),),
            ),
            "pol": Sheet(
                POLICE,
                "Tamsford_Weald_Police_Carbery.xlsx",
                "Extract",
                (("2024-01-01", "PPU Researcher 5521"),),
            ),
        },
    )

    # ---- Before the stroke ----------------------------------------------------------------
    f.occ(
        "2024-03-12",
        "sgst-annual-review",
        R(
            "sgst",
            "Annual review of the SGO support plan at Orchard Rise. Pauline managing well but "
            "tired - Lottie up at night. Talked about contact with Kayleigh (monthly, supervised "
            "by us) and about a back-up plan 'if anything happens to me' - Pauline said Gemma "
            "would step in. Allowance continues.",
        ),
    )
    f.occ(
        "2024-05-14",
        "contact-cancelled",
        R(
            "sgst",
            "Supervised contact at Wexcombe Family Centre cancelled at the start - Kayleigh "
            "arrived slurring and unsteady, Dean waiting outside in the car. Lottie taken home "
            "by Pauline before she saw her mum. I spoke to Kayleigh about rebooking when sober.",
        ),
    )
    f.occ(
        "2024-06-18",
        "gp-af",
        R(
            "gp",
            "Pauline Carbery. S: palpitations and breathless on stairs 2/52. O: pulse irregular "
            "112, BP 152/94. ECG: AF. A: new atrial fibrillation, CHA2DS2-VASc 3. P: apixaban 5mg "
            "bd, bisoprolol 2.5mg, echo referral, bloods. Carer for granddaughter (SGO) - "
            "advised to call 999 if FAST symptoms.",
            "10:40",
            "Consultation",
        ),
    )
    f.occ(
        "2024-09-09",
        "nursery-start",
        R(
            "nur",
            "Lottie started with us today (15 funded hours) in the Bluebell "
            "room. Nanna Pauline is her special guardian - copy of the SGO seen. Mum is not to "
            "collect. Shannon is her key person.",
        ),
        R(
            "sgst",
            "Lottie's first morning at Little Acorns today; Pauline rang to say she went in "
            "without crying.",
        ),
    )
    f.occ(
        "2024-10-15",
        "sgst-respite-talk",
        R(
            "sgst",
            "Home visit. Pauline says she is 'on her knees' some days, heart tablets make her "
            "tired. Talked about respite, a kinship carers' group and asking Gemma to do one "
            "night a week. Will raise a support plan review.",
        ),
    )

    # ---- The stroke: the call-out, the ED, the ward, the aunt ------------------------------
    f.occ(
        "2024-11-07",
        "999-call-out",
        R(
            "amb",
            "INC 241107-0219. 999 from neighbour: elderly female collapsed on kitchen floor, "
            "child (3) in the house. On scene 08:22 with police. FAST positive - R arm/leg "
            "weakness, facial droop, expressive dysphasia. Last seen well 07:30 per child's "
            "routine. On apixaban. BM 6.1. Stroke pre-alert to TGH, conveyed 08:40.",
            "08:14",
            "Emergency call",
            ref="INC 241107-0219",
        ),
        R(
            "pol",
            "OCC 0312 07/11/24 08:16. CONCERN FOR WELFARE, 14 ORCHARD RISE WEXCOMBE. NEIGHBOUR "
            "(MRS YELLAND) FOUND CHILD AGED 3 AT HER DOOR IN PYJAMAS, GRANDMOTHER COLLAPSED "
            "INSIDE. OFFICERS ATT WITH AMBULANCE. FEMALE PAULINE CARBERY (63) TAKEN TO TGH "
            "?STROKE. CHILD LOTTIE CARBERY SAFE WITH NEIGHBOUR - SGO IN PLACE, MOTHER NOT "
            "APPROPRIATE.",
            "08:16",
            "Concern for welfare",
            ref="OCC 0312 07/11/24",
        ),
    )
    f.occ(
        "2024-11-07",
        "police-call-csc",
        R(
            "pol",
            "TEL CALL TO TAMSFORD CSC FRONT DOOR 08:50 RE CARE OF LOTTIE CARBERY (3). DUTY SW "
            "TO ATTEND NEIGHBOURS ADDRESS.",
            "08:50",
            "Referral to CSC",
            ref="OCC 0312 07/11/24",
        ),
        R(
            "csc",
            "Telephone referral from PC 4410 Hurst: Lottie (3) found at a neighbour's door this "
            "morning, her special guardian (maternal grandmother) collapsed with a suspected "
            "stroke and taken to TGH. Lottie safe with neighbour Joan Yelland. Mother not a safe "
            "option. Duty SW going out now.",
            "08:55",
            "Contact",
        ),
    )
    f.occ(
        "2024-11-07",
        "ed-stroke",
        R(
            "ed",
            "Resus. Stroke pre-alert. 63F, R hemiparesis + expressive dysphasia, onset <1.5 hr. "
            "NIHSS 11. On apixaban for AF. GCS 14.",
            "08:52",
            "Triage",
        ),
        R(
            "ed",
            "CT/CTA: no haemorrhage. L MCA territory infarct, M2 occlusion. Not for thrombolysis "
            "(anticoagulated), d/w stroke reg - not suitable for thrombectomy. SALT: NBM.",
            "09:40",
            "Investigations",
        ),
        R(
            "ed",
            "Stroke team r/v in ED. For admission HASU (Fern Ward). Next of kin: daughter Gemma "
            "Hollis contacted. SG note: pt is special guardian of 3yo - police/CSC aware.",
            "10:55",
            "Disposal",
        ),
    )
    f.occ(
        "2024-11-07",
        "ward-admission",
        R(
            "ward",
            "Admitted to Fern Ward (HASU) bed 6 from ED. L MCA infarct. R-sided weakness, "
            "dysphasia. NBM, NG for meds. Daughter Gemma visited; worried about who will care "
            "for Lottie.",
            "11:30",
            "Admission",
        ),
    )
    f.occ(
        "2024-11-07",
        "viability-visit",
        R(
            "csc",
            "Joint visit with Kinship Team (Yvonne Petrie) to maternal aunt Gemma Hollis and her "
            "husband Craig at 7 Mill Leat Close. Home clean, spare room, son Alfie (4). Checks "
            "done: police, LA, health - nothing of concern. Both willing to care for Lottie now.",
            "12:30",
            "Viability visit",
        ),
        R(
            "fost",
            "Initial viability visit (with Lottie's SW) to Gemma and Craig Hollis, 7 Mill Leat "
            "Close. Home suitable; both passed immediate checks. Recommend regulation 24 "
            "temporary approval.",
            "12:30",
            "Viability",
        ),
    )
    f.occ(
        "2024-11-07",
        "placement-with-aunt",
        R(
            "csc",
            "Lottie accommodated under s20 (mother Kayleigh consented by phone; special guardian "
            "in hospital and unable to speak). Placed with maternal aunt Gemma Hollis at 7 Mill "
            "Leat Close under regulation 24 (temporary approval as connected person). Collected "
            "from neighbour at 15:40. Lottie now a looked after child.",
            "16:00",
            "Placement start",
        ),
        R(
            "fost",
            "Reg 24 temporary approval: Gemma and Craig Hollis approved as connected persons for "
            "Lottie Carbery (placement from 07/11/24). Full assessment (16 weeks) to start.",
            "10:00",
            "Reg 24 approval",
            shift="late",
        ),
        R(
            "sgst",
            "Lottie placed with her aunt Gemma yesterday (07/11) - Pauline in Fern Ward after a "
            "stroke. Rang Gemma to offer support.",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-08",
        "asc-referral",
        R(
            "ward",
            "Referral to ASC Hospital Discharge Team: lives alone with granddaughter (SGO), R "
            "weakness, dysphasia, will need care and support on discharge.",
            "10:15",
            "Referral",
        ),
        R(
            "asc",
            "Reason for contact: referral from Fern Ward (TGH) - Pauline Carbery, 63, L MCA "
            "stroke 07/11. Lives at 14 Orchard Rise with granddaughter (3) whom she cares for "
            "under an SGO. Outcome: passed to triage.",
            "10:20",
            "Referral",
        ),
    )
    f.occ(
        "2024-11-08",
        "nursery-aunt",
        R(
            "nur",
            "Lottie's aunt Gemma came in at 9 to tell us Nanna has had a stroke and Lottie is "
            "living with her for now. Gemma is on the collection list (SW emailed). Lottie clingy "
            "today, kept asking for Nanna.",
        ),
    )
    f.occ(
        "2024-11-11",
        "asc-triage",
        R(
            "asc",
            "Triage decision: eligible needs likely. Allocate to Hospital Discharge Team for "
            "Care Act assessment and discharge to assess planning; liaise with children's "
            "services re carer role.",
            "14:30",
            "Triage",
        ),
        R(
            "asc",
            "Triage decision - eligible needs likely. Allocated to Hospital Discharge Team for "
            "Care Act assessment / D2A planning; liaise with CSC re carer role.",
            "14:30",
            "Triage",
        ),
    )
    f.occ(
        "2024-11-12",
        "csc-calls-hv",
        R(
            "csc",
            "Phoned Wexcombe HV team (Laura Kendrick) to tell them Lottie is looked after and "
            "living with her aunt; IHA to be requested.",
            "11:10",
            "Telephone",
        ),
        R(
            "hv",
            "Contact type: Telephone call from SW Becky Lomax (yesterday pm). Outcome: informed "
            "Lottie now looked after (reg 24 placement with maternal aunt, 7 Mill Leat Close) "
            "following grandmother's stroke. Records updated; HV to visit placement.",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-14",
        "professionals-meeting",
        R(
            "csc",
            "Professionals' meeting at TGH (Fern Ward seminar room): ward MDT, ASC discharge "
            "team, SGO support and SW. Pauline's recovery likely to be months; she wants Lottie "
            "home. Agreed Lottie stays with Gemma meanwhile; ASC to plan reablement; SGST to "
            "support visits to the ward.",
            "14:00",
            "Professionals meeting",
        ),
        R(
            "asc",
            "MDT / discharge planning meeting on Fern Ward with children's services and SGO "
            "team. Pauline: mobilising with frame, speech improving. D2A pathway 1 likely.",
            "14:00",
            "Meeting",
            shift="-1",
        ),
        R(
            "ward",
            "MDT meeting with ASC, children's social care and SGO support team re discharge and "
            "grandchild's care. Expected stay 3-4 weeks.",
            "14:00",
            "MDT",
        ),
        R(
            "sgst",
            "Professionals meeting at the hospital - Pauline desperate to get Lottie back. I'll "
            "take Lottie to see her on the ward weekly with Gemma.",
        ),
    )
    f.occ(
        "2024-11-20",
        "sgst-visit-aunt",
        R(
            "sgst",
            "Visit to Gemma's at Mill Leat Close. Lottie settled, sharing toys with Alfie, "
            "calling Gemma 'Auntie Gem'. Gemma exhausted - two under-fives and work. She asked "
            "about an allowance.",
        ),
    )
    f.occ(
        "2024-11-20",
        "sgst-email",
        R(
            "sgst",
            "Emailed Becky (SW) after my visit: Lottie settled; Gemma needs a fostering "
            "allowance sorted and childcare help.",
        ),
        R(
            "csc",
            "Email from SGO support worker Hannah Crewe following her visit to the placement "
            "today: Lottie settled, carer asking about allowances.",
            "17:05",
            "Email",
        ),
    )
    f.occ(
        "2024-11-21",
        "gp-lottie",
        R(
            "gp",
            "Lottie Carbery (brought by aunt, LAC). S: cough 1/52, night-time. O: chest clear, "
            "T 37.2, ENT NAD. A: viral cough. P: fluids, paracetamol prn, safety net.",
            "09:10",
            "Consultation",
        ),
    )
    f.occ(
        "2024-11-21",
        "gp-alfie",
        R(
            "gp",
            "Alfie Hollis (cousin, same household). S: sore ear 2/7. O: R TM bulging. A: AOM. "
            "P: amoxicillin 5/7.",
            "09:20",
            "Consultation",
        ),
    )
    f.occ(
        "2024-12-03",
        "ward-discharge",
        R(
            "ward",
            "Discharged home to 14 Orchard Rise, D2A pathway 1: reablement 2 calls a day, "
            "community stroke team follow-up. Walks with a stick indoors. Dysphasia improving. "
            "Not to drive. Not yet able to care for granddaughter.",
            "13:00",
            "Discharge",
        ),
        R(
            "asc",
            "Discharge to assess: Pauline home from Fern Ward today; reablement (Wexcombe "
            "Reablement) 2 calls daily started this teatime.",
            "15:30",
            "Discharge",
        ),
        R(
            "sgst",
            "Pauline came home from hospital yesterday (3rd). Carers twice a day. She cried "
            "about Lottie's empty bedroom.",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-04",
        "cla-review-1",
        R(
            "iro",
            "Initial CLA review (reg 24 placement with maternal aunt). Present: Gemma, SW, "
            "supervising SW, nursery manager, HV; Pauline joined by phone with help from her "
            "daughter. Plan: return to special guardian when well enough, with support; "
            "contact with Nanna twice weekly; full connected persons assessment to continue.",
            "10:00",
            "CLA review",
        ),
        R(
            "csc",
            "Child Looked After review 1 (IRO Desmond Harte). Care plan endorsed: rehabilitation "
            "to Pauline's care is the plan, timescale depends on her recovery.",
            "10:00",
            "LAC review",
        ),
        R(
            "fost",
            "Attended LAC review for Lottie - placement with Hollises endorsed; allowance in "
            "payment from 07/11.",
            "10:00",
            "Meeting",
            shift="-2",
        ),
        R(
            "nur",
            "I went to Lottie's looked after review at the civic centre - she is settling in "
            "nursery, a bit tearful at drop-off.",
        ),
        R(
            "hv",
            "Contact type: Statutory review (CLA). Outcome: attended. HV to complete IHA liaison "
            "and 3.5-year check at placement.",
        ),
        R(
            "sgst",
            "Recommendations from Lottie's first review, pasted as sent by the IRO: '1. Contact "
            "with grandmother twice weekly, supported by the SGO team. 2. Rehabilitation plan to "
            "be drawn up with ASC by February.' - SGST to arrange the contact.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-12-06",
        "gp-discharge-letter",
        R(
            "gp",
            "Discharge summary received (TGH Fern Ward): Pauline, L MCA infarct 07/11, "
            "discharged 03/12. Continue apixaban, atorvastatin 80mg added. Filed, med rec done.",
            "09:30",
            "Letter filed",
        ),
    )

    # ---- The aunt's door: an incident, two arrests, a charge and a caution -------------------
    f.occ(
        "2024-12-13",
        "incident-at-aunts",
        R(
            "pol",
            "OCC 1188 13/12/24 19:40. DISTURBANCE 7 MILL LEAT CLOSE WEXCOMBE. CALLER GEMMA "
            "HOLLIS REPORTS SISTER KAYLEIGH CARBERY + PARTNER DEAN RUDDOCK AT DOOR, DRUNK, "
            "DEMANDING TO TAKE CHILD (LOTTIE, 3, LAC). MALE KICKED FRONT DOOR, PANEL CRACKED. "
            "OFFICERS ATT 19:52. CHILDREN INSIDE, UNHARMED.",
            "19:40",
            "Disturbance",
            ref="OCC 1188 13/12/24",
        ),
    )
    f.occ(
        "2024-12-13",
        "arrest-kayleigh",
        R(
            "pol",
            "KAYLEIGH CARBERY (26) ARRESTED 19:58 S5 PUBLIC ORDER / DRUNK AND DISORDERLY. TO "
            "TAMSFORD CUSTODY.",
            "19:58",
            "Arrest",
            ref="OCC 1188 13/12/24",
        ),
    )
    f.occ(
        "2024-12-13",
        "arrest-dean",
        R(
            "pol",
            "DEAN RUDDOCK (31) ARRESTED 20:05 CRIMINAL DAMAGE (FRONT DOOR). TO TAMSFORD CUSTODY.",
            "20:05",
            "Arrest",
            ref="CR/24/55610",
        ),
    )
    f.occ(
        "2024-12-13",
        "carer-rings-edt",
        R(
            "csc",
            "EDT: call from carer Gemma Hollis 20:30 - her sister and Dean came to the house "
            "drunk wanting Lottie; police have arrested both. Lottie asleep, did not see it. "
            "Advised; day team to follow up Monday.",
            "20:30",
            "EDT",
        ),
    )
    f.occ(
        "2024-12-14",
        "charge-dean",
        R(
            "pol",
            "DEAN RUDDOCK CHARGED CRIMINAL DAMAGE. BAILED TAMSFORD MAGS 09/01/25. CONDITION: NOT "
            "TO ATTEND MILL LEAT CLOSE.",
            "11:20",
            "Charge",
            ref="CR/24/55610",
        ),
    )
    f.occ(
        "2024-12-14",
        "caution-kayleigh",
        R(
            "pol",
            "KAYLEIGH CARBERY - SIMPLE CAUTION S5 POA. RELEASED 12:40. REFERRED TO DRUG "
            "ARREST REFERRAL WORKER.",
            "12:40",
            "Caution",
            ref="OCC 1188 13/12/24",
        ),
    )
    f.occ(
        "2024-12-15",
        "ppn-csc",
        R(
            "pol",
            "PPN SUBMITTED TO TAMSFORD CSC - LAC CHILD LOTTIE CARBERY PRESENT AT PLACEMENT "
            "DURING DISTURBANCE 13/12 (OCC 1188). MOTHER CAUTIONED, PARTNER CHARGED.",
            "10:05",
            "PPN",
            ref="PPN/24/30917",
        ),
        R(
            "csc",
            "Police PPN received: disturbance at the placement on Friday evening, mother "
            "cautioned, Dean charged with criminal damage and bailed away from Mill Leat Close.",
            "09:00",
            "Contact",
            shift="late",
            ref="PPN/24/30917",
        ),
    )
    f.occ(
        "2024-12-16",
        "fost-visit",
        R(
            "fost",
            "Supervising visit to Gemma after Friday's incident. Door repaired. Gemma shaken; "
            "wants a safety plan and a panic alarm. Lottie fine.",
            "10:00",
            "Supervising visit",
        ),
    )
    f.occ(
        "2024-12-16",
        "csc-visit",
        R(
            "csc",
            "Visit to Lottie at placement (alone, afternoon). Lottie playing with Alfie, no "
            "mention of Friday. Safety plan drafted: mother's contact suspended pending review.",
            "15:30",
            "Statutory visit",
        ),
    )

    # ---- Recovery and the plan to go home -----------------------------------------------
    f.occ(
        "2025-01-15",
        "care-act-joint-visit",
        R(
            "asc",
            "Care Act assessment (joint visit with SGO support worker) at 14 Orchard Rise. "
            "Pauline walking with a stick, managing personal care with one call a day, speech "
            "slow but clear. Eligible needs: carer support, help with shopping. Carer's "
            "assessment offered for her role as special guardian.",
            "10:30",
            "Assessment",
        ),
        R(
            "sgst",
            "Joint visit with ASC (Aled) to Pauline for her Care Act assessment. She wants "
            "Lottie home by Easter. We talked about the nursery hours going up to 30.",
            shift="+1",
        ),
    )
    f.occ(
        "2025-01-27",
        "fall-no-conveyance",
        R(
            "amb",
            "INC 250127-0064. 999: 63F fall at home 01:50, on floor 20 min, pendant alarm. No "
            "head injury, no new neuro deficit, obs normal. Lifted, mobilised with stick. Not "
            "conveyed; GP to review; falls referral.",
            "02:10",
            "Emergency call",
            ref="INC 250127-0064",
        ),
    )
    f.occ(
        "2025-01-28",
        "gp-home-visit",
        R(
            "gp",
            "Home visit - Pauline. S: fall night before last going to toilet, no LOC. O: bruise "
            "L hip, FWB, neuro unchanged, postural BP drop 18. A: fall, postural hypotension. "
            "P: reduce bisoprolol, falls clinic referral, commode at night.",
            "13:15",
            "Home visit",
        ),
    )
    f.occ(
        "2025-02-20",
        "reunification-meeting",
        R(
            "csc",
            "Rehabilitation planning meeting for Lottie's return home: SW, TM, SGO support, ASC, "
            "supervising SW, Pauline and Gemma. Phased return agreed: overnight stays from "
            "March, full return after the Easter holidays subject to the review.",
            "13:00",
            "Planning meeting",
        ),
        R(
            "asc",
            "Attended children's services return-home planning meeting. ASC to increase support "
            "to cover school-run mornings; carer's assessment to be completed.",
            "13:00",
            "Meeting",
        ),
        R(
            "sgst",
            "Return home planning meeting today - Pauline very emotional. Phased plan agreed.",
        ),
        R(
            "fost",
            "Reunification meeting (Lottie to return to SG). Reg 24 placement to end on return; "
            "Gemma to continue as respite carer.",
            kind="Meeting",
            shift="month",
        ),
    )
    f.occ(
        "2025-03-04",
        "cla-review-2",
        R(
            "iro",
            "Second CLA review. Overnight stays at Nanna's going well. Decision endorsed: Lottie "
            "to return to her special guardian's full-time care on 14/04/25, ceasing to be "
            "looked after; revised SGO support plan with ASC input.",
            "10:00",
            "CLA review",
        ),
        R(
            "csc",
            "LAC review 2 - plan to end care episode on return home 14/04 endorsed by IRO.",
            "10:00",
            "LAC review",
        ),
        R(
            "fost",
            "LAC review: return home agreed, Hollises to become respite/back-up carers.",
            "10:00",
            "Meeting",
        ),
        R(
            "sgst",
            "Lottie's review - Easter return home confirmed! Support plan to be rewritten.",
        ),
        R(
            "nur",
            "Review meeting for Lottie this morning (I went). Told them she is happy and "
            "talking in sentences; she loves her Nanna days.",
        ),
        R(
            "hv",
            "Contact type: CLA review. Outcome: attended. HV to visit Orchard Rise after "
            "return; 3.5-year check done.",
            shift="swap",
        ),
    )
    f.occ(
        "2025-04-14",
        "return-to-grandmother",
        R(
            "csc",
            "Lottie returned to the full-time care of her special guardian Pauline Carbery at "
            "14 Orchard Rise today. Section 20 accommodation ended; reg 24 placement closed. No "
            "longer a looked after child.",
            "11:00",
            "Return home",
        ),
        R(
            "sgst",
            "Moving-home day! Lottie back at Orchard Rise with Nanna. Gemma brought her round "
            "with her bags and bike; I was there to help.",
        ),
        R(
            "fost",
            "Placement ended 14/04/25: Lottie returned to her special guardian. Carer file to "
            "remain open for respite approval.",
            "16:00",
            "Placement end",
        ),
        R(
            "nur",
            "Lottie told everyone she is living back with Nanna from today.",
        ),
        R(
            "hv",
            "Contact type: Records update. Outcome: Lottie returned to grandmother (SGO) "
            "14/04/25, 14 Orchard Rise - no longer LAC.",
            shift="late",
        ),
    )
    f.occ(
        "2025-05-20",
        "sgo-support-plan-review",
        R(
            "csc",
            "SGO support plan review meeting at Orchard Rise: SGST, ASC, Pauline, Gemma. Revised "
            "plan: 30 hrs nursery, ASC morning call on nursery days, Gemma one night a week, "
            "SGST monthly visits. CSC to close.",
            "10:00",
            "Meeting",
        ),
        R(
            "sgst",
            "Support plan review meeting at Pauline's. New plan signed - we are lead agency "
            "again now.",
        ),
        R(
            "asc",
            "Joint review with SGO team and children's services: morning call on nursery days "
            "added to Pauline's package.",
            "10:00",
            "Review",
        ),
    )
    f.occ(
        "2025-06-10",
        "csc-closure",
        R(
            "csc",
            "Case closed to Children's Social Care. Lottie thriving at home; SGO support team "
            "lead. Closure letters sent to Pauline and to Kayleigh.",
            "16:20",
            "Closure",
        ),
    )
    f.occ(
        "2025-06-24",
        "asc-review",
        R(
            "asc",
            "Six-week review of care and support plan: Pauline managing with one morning call, "
            "no further falls. Carer's assessment completed - respite budget agreed.",
            "11:00",
            "Review",
        ),
    )

    # ---- Routine entries ------------------------------------------------------------------
    f.fill(
        "sgst",
        "2024-03-18",
        "2024-10-31",
        [
            ("", "Monthly phone check-in with Pauline: all fine, Lottie's sleep better."),
            ("", "Kinship carers' coffee morning - Pauline came with Lottie."),
            ("", "SGO allowance annual means test form sent to Pauline."),
        ],
        timed=False,
    )
    f.fill(
        "sgst",
        "2024-11-25",
        "2025-04-04",
        [
            ("", "Took Lottie to see Nanna at Orchard Rise (supported contact), 1 hour."),
            ("", "Supported contact: Lottie and Nanna baked biscuits; Pauline tired after."),
            ("", "Phone call with Gemma - Lottie waking at night asking for Nanna."),
        ],
        timed=False,
    )
    f.fill(
        "sgst",
        "2025-04-22",
        "2025-07-18",
        [("", "Monthly visit to Pauline and Lottie at home - settled and happy.")],
        timed=False,
    )
    f.fill(
        "nur",
        "2024-09-16",
        "2025-07-18",
        [
            ("", "Lottie fell in the garden, graze to knee, cleaned, accident form signed."),
            ("", "Learning journey update shared with carer: counting to 10, naming colours."),
            ("", "Lottie had a lovely day - painting and sand play."),
            ("", "Termly progress summary shared - speech now age-appropriate."),
            ("", "Lottie absent - carer rang, temperature."),
        ],
        timed=False,
    )
    f.fill(
        "gp",
        "2024-03-04",
        "2024-06-10",
        [("Consultation", "Pauline. BP review: 146/90. Amlodipine increased to 10mg.")],
    )
    f.fill(
        "gp",
        "2024-07-01",
        "2024-10-31",
        [
            ("Letter filed", "Cardiology letter: echo - mild LVH, normal EF. Continue apixaban."),
            ("Consultation", "Lottie (with grandmother). S: eczema flare. P: emollients, 1% HC."),
        ],
    )
    f.fill(
        "gp",
        "2025-02-10",
        "2025-07-18",
        [
            ("Medication review", "Pauline - post-stroke med review. BP 128/78. Continue."),
            ("Consultation", "Lottie (with grandmother). S: constipation. P: Movicol paed."),
        ],
    )
    f.fill(
        "hv",
        "2024-11-25",
        "2025-07-18",
        [
            (
                "",
                "Contact type: Clinic. Outcome: Lottie weighed and measured; dental check booked.",
            ),
        ],
        timed=False,
    )
    f.fill(
        "hv",
        "2024-11-25",
        "2025-04-04",
        [
            ("", "Contact type: Home visit (placement). Outcome: Lottie well, growth on 50th."),
            ("", "Contact type: Telephone. Outcome: Gemma asked about sleep - advice given."),
        ],
        timed=False,
    )
    f.fill(
        "csc",
        "2024-11-25",
        "2025-04-04",
        [
            ("Statutory visit", "LAC visit to Lottie at Mill Leat Close - seen playing, settled."),
            ("Statutory visit", "LAC visit: Lottie seen at nursery with key person."),
            ("Supervision", "Supervision with TM: rehabilitation timescale reviewed."),
        ],
    )
    f.fill(
        "fost",
        "2024-11-25",
        "2025-04-04",
        [
            ("Supervising visit", "Supervising visit to Gemma and Craig: coping, Lottie settled."),
            ("Assessment", "Connected persons assessment session 2 with Gemma and Craig."),
            ("Training", "Gemma attended kinship carers' training: therapeutic parenting."),
        ],
    )
    f.fill(
        "asc",
        "2024-12-09",
        "2025-01-10",
        [("Reablement", "Reablement review: Pauline now washing independently; calls to 1.")],
    )
    f.fill(
        "csc",
        "2025-01-20",
        "2025-04-04",
        [("Contact", "Supervised contact Lottie / Kayleigh resumed at family centre - went well.")],
    )
    f.fill(
        "asc",
        "2025-03-10",
        "2025-05-09",
        [("Carer's assessment", "Carer's assessment visit (Pauline as special guardian).")],
    )
    f.fill(
        "iro",
        "2024-12-09",
        "2025-02-14",
        [("IRO contact", "IRO midway check with SW: review actions on track.")],
    )
    return f.case()


def blind_dedup_cases_27() -> list[BlindCase]:
    """The twenty-seventh blind set's families, in the order they were written."""
    return [_keddle(), _phan(), _carbery()]


if __name__ == "__main__":
    summary(blind_dedup_cases_27)
