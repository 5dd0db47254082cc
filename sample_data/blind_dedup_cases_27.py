"""The twenty-seventh set of blind labelled cases for judging duplicate detection.

(Docstring completed when the set is finished.)

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

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL,)

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


def blind_dedup_cases_27() -> list[BlindCase]:
    """The twenty-seventh blind set's families, in the order they were written."""
    return [_keddle()]


if __name__ == "__main__":
    summary(blind_dedup_cases_27)
